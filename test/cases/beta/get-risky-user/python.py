from msgraph_beta import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph_beta.generated.risky_users.item.risky_user_item_request_builder import RiskyUserItemRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = RiskyUserItemRequestBuilder.RiskyUserItemRequestBuilderGetQueryParameters(
    select = ["userPrincipalName", "riskLevel", "riskState"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.risky_users.by_risky_user_id("3f7a1d92-6b4e-4c08-9e25-a0d7c8b1f364").get(request_configuration = request_configuration)
