from msgraph import GraphServiceClient
from msgraph.generated.models.reference_update import ReferenceUpdate

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ReferenceUpdate(
    odata_id = "https://graph.microsoft.com/v1.0/users/71d4b0e9-3f28-4c65-a9b7-e2c0d5f8164a",
)

await graph_client.users.by_user_id("user-id").manager.ref.put(request_body)
