from msgraph import GraphServiceClient
from msgraph.generated.models.attendee import Attendee
from msgraph.generated.models.attendee_type import AttendeeType
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.date_time_time_zone import DateTimeTimeZone
from msgraph.generated.models.email_address import EmailAddress
from msgraph.generated.models.event import Event
from msgraph.generated.models.item_body import ItemBody
from msgraph.generated.models.location import Location

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Event(
    subject = "Café Zürich — 中文会议 🎉",
    body = ItemBody(
        content_type = BodyType.Text,
        content = "Room: שלום\u200F (RLM after it), NUL: \x00, bell: \x07, escaped emoji: 🚀, line separator:\u2028end",
    ),
    start = DateTimeTimeZone(
        date_time = "2025-08-04T10:00:00",
        time_zone = "W. Europe Standard Time",
    ),
    end = DateTimeTimeZone(
        date_time = "2025-08-04T11:00:00",
        time_zone = "W. Europe Standard Time",
    ),
    location = Location(
        display_name = "Üetlibergstraße 12, 8045 Zürich",
    ),
    attendees = [
        Attendee(
            type = AttendeeType.Required,
            email_address = EmailAddress(
                name = "李雷",
                address = "li.lei@fabrikam.example",
            ),
        ),
    ],
)

result = await graph_client.me.events.post(request_body)
