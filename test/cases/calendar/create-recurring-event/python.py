from datetime import date

from msgraph import GraphServiceClient
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.date_time_time_zone import DateTimeTimeZone
from msgraph.generated.models.day_of_week import DayOfWeek
from msgraph.generated.models.event import Event
from msgraph.generated.models.free_busy_status import FreeBusyStatus
from msgraph.generated.models.item_body import ItemBody
from msgraph.generated.models.location import Location
from msgraph.generated.models.outlook_geo_coordinates import OutlookGeoCoordinates
from msgraph.generated.models.patterned_recurrence import PatternedRecurrence
from msgraph.generated.models.recurrence_pattern import RecurrencePattern
from msgraph.generated.models.recurrence_pattern_type import RecurrencePatternType
from msgraph.generated.models.recurrence_range import RecurrenceRange
from msgraph.generated.models.recurrence_range_type import RecurrenceRangeType
from msgraph.generated.models.sensitivity import Sensitivity

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Event(
    subject = "Pottery class",
    body = ItemBody(
        content_type = BodyType.Html,
        content = "Bring an apron.",
    ),
    start = DateTimeTimeZone(
        date_time = "2025-04-08T18:00:00",
        time_zone = "Mountain Standard Time",
    ),
    end = DateTimeTimeZone(
        date_time = "2025-04-08T20:00:00",
        time_zone = "Mountain Standard Time",
    ),
    location = Location(
        display_name = "Clay Studio",
        coordinates = OutlookGeoCoordinates(
            latitude = 39.7392,
            longitude = -104.9903,
        ),
    ),
    recurrence = PatternedRecurrence(
        pattern = RecurrencePattern(
            type = RecurrencePatternType.Weekly,
            interval = 1,
            days_of_week = [
                DayOfWeek.Tuesday,
            ],
        ),
        range = RecurrenceRange(
            type = RecurrenceRangeType.EndDate,
            start_date = date(2025, 4, 8),
            end_date = date(2025, 6, 24),
        ),
    ),
    reminder_minutes_before_start = 45,
    is_reminder_on = True,
    sensitivity = Sensitivity.Private,
    show_as = FreeBusyStatus.Busy,
)

result = await graph_client.me.events.post(request_body)
