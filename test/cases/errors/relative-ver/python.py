from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.users.item.events.events_request_builder import EventsRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = EventsRequestBuilder.EventsRequestBuilderGetQueryParameters(
    select = ["subject", "start"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.me.events.get(request_configuration = request_configuration)
