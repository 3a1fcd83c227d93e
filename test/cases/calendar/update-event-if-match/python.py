from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.models.event import Event
from msgraph.generated.models.location import Location

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Event(
    subject = "Pottery class (room change)",
    location = Location(
        display_name = "Annex, room 2",
    ),
    categories = [],
    is_all_day = False,
)

request_configuration = RequestConfiguration()
request_configuration.headers.add("If-Match", "W/\"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A==\"")

result = await graph_client.me.events.by_event_id("event-id").patch(request_body, request_configuration = request_configuration)
