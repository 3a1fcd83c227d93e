from msgraph import GraphServiceClient
from msgraph.generated.models.reference_create import ReferenceCreate

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ReferenceCreate(
    odata_id = "https://graph.microsoft.com/v1.0/directoryObjects/3d9f2b7e-61c4-4a08-bf15-c7e0a2d85b93",
)

await graph_client.groups.by_group_id("group-id").members.ref.post(request_body)
