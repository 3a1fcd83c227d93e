from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.users.users_request_builder import UsersRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(
    filter = "surname eq 'D''Angelo'",
    orderby = ["displayName desc"],
    top = 15,
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.users.get(request_configuration = request_configuration)
