from msgraph import GraphServiceClient
from msgraph.generated.models.activity_domain import ActivityDomain
from msgraph.generated.models.attendee_base import AttendeeBase
from msgraph.generated.models.attendee_type import AttendeeType
from msgraph.generated.models.date_time_time_zone import DateTimeTimeZone
from msgraph.generated.models.email_address import EmailAddress
from msgraph.generated.models.time_constraint import TimeConstraint
from msgraph.generated.models.time_slot import TimeSlot
from msgraph.generated.users.item.find_meeting_times.find_meeting_times_post_request_body import FindMeetingTimesPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = FindMeetingTimesPostRequestBody(
    attendees = [
        AttendeeBase(
            type = AttendeeType.Required,
            email_address = EmailAddress(
                name = "Hana Kobayashi",
                address = "hana.k@fabrikam.example",
            ),
        ),
        AttendeeBase(
            type = AttendeeType.Optional,
            email_address = EmailAddress(
                address = "facilities@fabrikam.example",
            ),
        ),
    ],
    time_constraint = TimeConstraint(
        activity_domain = ActivityDomain.Work,
        time_slots = [
            TimeSlot(
                start = DateTimeTimeZone(
                    date_time = "2025-05-12T09:00:00",
                    time_zone = "Tokyo Standard Time",
                ),
                end = DateTimeTimeZone(
                    date_time = "2025-05-16T18:00:00",
                    time_zone = "Tokyo Standard Time",
                ),
            ),
        ],
    ),
    max_candidates = 5,
    is_organizer_optional = False,
    return_suggestion_reasons = True,
    minimum_attendee_percentage = 66.5,
    additional_data = {
        "meetingDuration": "PT1H30M",
    },
)

result = await graph_client.me.find_meeting_times.post(request_body)
