from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.users.item.calendar_view.delta.delta_request_builder import DeltaRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = DeltaRequestBuilder.DeltaRequestBuilderGetQueryParameters(
    start_date_time = "2025-04-07T00:00:00Z",
    end_date_time = "2025-04-14T00:00:00Z",
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.me.calendar_view.delta.get(request_configuration = request_configuration)
