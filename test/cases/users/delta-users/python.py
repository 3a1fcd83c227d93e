from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.users.delta.delta_request_builder import DeltaRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters(
    select = ["displayName", "givenName", "surname"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.users.delta.get(request_configuration = request_configuration)
