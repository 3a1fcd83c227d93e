from msgraph import GraphServiceClient
from msgraph.generated.users.item.check_member_groups.check_member_groups_post_request_body import CheckMemberGroupsPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = CheckMemberGroupsPostRequestBody(
    group_ids = [
        "8e3a1f55-2c47-4b90-9d1e-6f0a4c7b2e18",
        "f19b7c02-5a6e-43d8-b0c4-97e2a1d36f4b",
    ],
)

result = await graph_client.me.check_member_groups.post(request_body)
