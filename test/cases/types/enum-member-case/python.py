from msgraph import GraphServiceClient
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.event import Event
from msgraph.generated.models.free_busy_status import FreeBusyStatus
from msgraph.generated.models.item_body import ItemBody
from msgraph.generated.models.location import Location
from msgraph.generated.models.location_type import LocationType
from msgraph.generated.models.sensitivity import Sensitivity

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Event(
    body = ItemBody(
        content_type = BodyType.Html,
        content = "<p>Moved to the <b>blue</b> room.</p>",
    ),
    location = Location(
        display_name = "Blue room",
        location_type = LocationType.Default,
    ),
    show_as = FreeBusyStatus.Busy,
    sensitivity = Sensitivity.Private,
)

result = await graph_client.me.events.by_event_id("event-id").patch(request_body)
