from datetime import time

from msgraph import GraphServiceClient
from msgraph.generated.models.automatic_replies_setting import AutomaticRepliesSetting
from msgraph.generated.models.automatic_replies_status import AutomaticRepliesStatus
from msgraph.generated.models.date_time_time_zone import DateTimeTimeZone
from msgraph.generated.models.day_of_week import DayOfWeek
from msgraph.generated.models.external_audience_scope import ExternalAudienceScope
from msgraph.generated.models.mailbox_settings import MailboxSettings
from msgraph.generated.models.time_zone_base import TimeZoneBase
from msgraph.generated.models.working_hours import WorkingHours

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = MailboxSettings(
    working_hours = WorkingHours(
        days_of_week = [
            DayOfWeek.Tuesday,
            DayOfWeek.Wednesday,
            DayOfWeek.Thursday,
        ],
        start_time = time(7, 45),
        end_time = time(16, 15),
        time_zone = TimeZoneBase(
            name = "Central America Standard Time",
        ),
    ),
    automatic_replies_setting = AutomaticRepliesSetting(
        status = AutomaticRepliesStatus.Scheduled,
        external_audience = ExternalAudienceScope.ContactsOnly,
        scheduled_start_date_time = DateTimeTimeZone(
            date_time = "2025-07-14T08:00:00",
            time_zone = "UTC",
        ),
        scheduled_end_date_time = DateTimeTimeZone(
            date_time = "2025-07-25T17:00:00",
            time_zone = "UTC",
        ),
    ),
)

result = await graph_client.me.mailbox_settings.patch(request_body)
