from msgraph import GraphServiceClient
from msgraph.generated.models.user import User

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = User(
    job_title = "String",
    account_enabled = False,
)

result = await graph_client.users.by_user_id("user-id").patch(request_body)
