from msgraph import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
url = graph_client.request_adapter.base_url.rstrip("/") + "/me/reminderView(StartDateTime='2025-04-01T09:00:00.0000000',EndDateTime='2025-04-02T18:00:00.0000000')"

result = await graph_client.me.reminder_view_with_start_date_time_with_end_date_time(start_date_time = "2025-04-01T09:00:00.0000000", end_date_time = "2025-04-02T18:00:00.0000000").with_url(url).get()
