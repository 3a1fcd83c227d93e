from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_configuration = RequestConfiguration()
request_configuration.headers.add("Prefer", "outlook.timezone=\"Pacific Standard Time\"")

url = graph_client.request_adapter.base_url.rstrip("/") + "/me/reminderView(StartDateTime='2025-04-01T09:00:00%2B02:00',EndDateTime='2025-04-02T18:00:00%2B02:00')?$filter=eventSubject eq 'Team ''sync'''&$top=2"

result = await graph_client.me.reminder_view_with_start_date_time_with_end_date_time(start_date_time = "2025-04-01T09:00:00+02:00", end_date_time = "2025-04-02T18:00:00+02:00").with_url(url).get(request_configuration = request_configuration)
