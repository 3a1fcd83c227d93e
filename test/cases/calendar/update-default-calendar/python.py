from msgraph import GraphServiceClient
from msgraph.generated.models.calendar import Calendar
from msgraph.generated.models.calendar_color import CalendarColor

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Calendar(
    color = CalendarColor.LightGreen,
)

result = await graph_client.me.calendar.patch(request_body)
