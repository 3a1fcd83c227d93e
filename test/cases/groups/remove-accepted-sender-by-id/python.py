from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.groups.item.accepted_senders.ref.ref_request_builder import RefRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = RefRequestBuilder.RefRequestBuilderDeleteQueryParameters(
    id = "https://graph.microsoft.com/v1.0/users/{user-id}",
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

await graph_client.groups.by_group_id("group-id").accepted_senders.ref.delete(request_configuration = request_configuration)
