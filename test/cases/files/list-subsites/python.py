from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.sites.item.sites.sites_request_builder import SitesRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = SitesRequestBuilder.SitesRequestBuilderGetQueryParameters(
    select = ["id", "displayName"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.sites.by_site_id("site-id").sites.get(request_configuration = request_configuration)
