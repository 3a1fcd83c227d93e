from msgraph import GraphServiceClient
from msgraph.generated.models.aad_user_conversation_member import AadUserConversationMember
from msgraph.generated.models.team import Team

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Team(
    display_name = "Harbor logistics",
    description = "Berth schedules and crane bookings",
    members = [
        AadUserConversationMember(
            odata_type = "#microsoft.graph.aadUserConversationMember",
            roles = [
                "owner",
            ],
            additional_data = {
                "user@odata.bind": "https://graph.microsoft.com/v1.0/users('5f0a9c3e-b72d-4e18-91a6-c4d8e2b07f53')",
            },
        ),
    ],
    additional_data = {
        "template@odata.bind": "https://graph.microsoft.com/v1.0/teamsTemplates('standard')",
    },
)

result = await graph_client.teams.post(request_body)
