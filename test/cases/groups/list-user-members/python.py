from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.groups.item.members.graph_user.graph_user_request_builder import GraphUserRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = GraphUserRequestBuilder.GraphUserRequestBuilderGetQueryParameters(
    count = True,
    orderby = ["displayName"],
    search = "\"displayName:Okafor\"",
    select = ["displayName", "id"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)
request_configuration.headers.add("ConsistencyLevel", "eventual")

result = await graph_client.groups.by_group_id("group-id").members.graph_user.get(request_configuration = request_configuration)
