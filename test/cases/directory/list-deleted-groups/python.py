from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.directory.deleted_items.graph_group.graph_group_request_builder import GraphGroupRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = GraphGroupRequestBuilder.GraphGroupRequestBuilderGetQueryParameters(
    select = ["id", "displayName", "deletedDateTime"],
    orderby = ["deletedDateTime desc"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.directory.deleted_items.graph_group.get(request_configuration = request_configuration)
