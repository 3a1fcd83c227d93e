from msgraph import GraphServiceClient
from msgraph.generated.models.group import Group

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Group(
    description = "Volunteers for the spring cleanup",
    display_name = "Riverbank cleanup",
    group_types = [
        "Unified",
    ],
    mail_enabled = True,
    mail_nickname = "riverbank-cleanup",
    security_enabled = False,
    additional_data = {
        "owners@odata.bind": [
            "https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49",
        ],
        "members@odata.bind": [
            "https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49",
            "https://graph.microsoft.com/v1.0/users/a41e9d07-3c58-4f2b-9e6a-07b8c3d1f5e2",
        ],
    },
)

result = await graph_client.groups.post(request_body)
