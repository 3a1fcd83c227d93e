from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.identity_governance.access_reviews.definitions.definitions_request_builder import DefinitionsRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = DefinitionsRequestBuilder.DefinitionsRequestBuilderGetQueryParameters(
    filter = "contains(scope/microsoft.graph.accessReviewQueryScope/query, './members')",
    top = 20,
    skip = 40,
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.identity_governance.access_reviews.definitions.get(request_configuration = request_configuration)
