from msgraph import GraphServiceClient
from msgraph.generated.models.clonable_team_parts import ClonableTeamParts
from msgraph.generated.models.team_visibility_type import TeamVisibilityType
from msgraph.generated.teams.item.clone.clone_post_request_body import ClonePostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ClonePostRequestBody(
    display_name = "Night shift crew",
    description = "Copy of the day shift crew team",
    mail_nickname = "nightshiftcrew",
    parts_to_clone = [ClonableTeamParts.Apps, ClonableTeamParts.Tabs, ClonableTeamParts.Settings, ClonableTeamParts.Channels],
    visibility = TeamVisibilityType.Private,
)

await graph_client.teams.by_team_id("team-id").clone.post(request_body)
