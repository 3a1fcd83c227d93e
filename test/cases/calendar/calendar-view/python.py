from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.users.item.calendar_view.calendar_view_request_builder import CalendarViewRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = CalendarViewRequestBuilder.CalendarViewRequestBuilderGetQueryParameters(
    start_date_time = "2025-03-02T08:00:00-08:00",
    end_date_time = "2025-03-09T08:00:00-08:00",
    select = ["subject", "organizer", "start", "end"],
    orderby = ["start/dateTime"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)
request_configuration.headers.add("Prefer", "outlook.timezone=\"Pacific Standard Time\"")

result = await graph_client.me.calendar_view.get(request_configuration = request_configuration)
