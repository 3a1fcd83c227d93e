from datetime import date

from msgraph import GraphServiceClient
from msgraph.generated.models.access_review_query_scope import AccessReviewQueryScope
from msgraph.generated.models.access_review_reviewer_scope import AccessReviewReviewerScope
from msgraph.generated.models.access_review_schedule_definition import AccessReviewScheduleDefinition
from msgraph.generated.models.access_review_schedule_settings import AccessReviewScheduleSettings
from msgraph.generated.models.patterned_recurrence import PatternedRecurrence
from msgraph.generated.models.recurrence_pattern import RecurrencePattern
from msgraph.generated.models.recurrence_pattern_type import RecurrencePatternType
from msgraph.generated.models.recurrence_range import RecurrenceRange
from msgraph.generated.models.recurrence_range_type import RecurrenceRangeType

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AccessReviewScheduleDefinition(
    display_name = "Weekly review of Lab Access",
    description_for_admins = "Recurring review of the lab access group",
    description_for_reviewers = "Questions? Write to secops@fabrikam.example",
    scope = AccessReviewQueryScope(
        odata_type = "#microsoft.graph.accessReviewQueryScope",
        query = "/groups/7c2e5a91-0d4b-4f63-8e17-b9a3c6d20f58/transitiveMembers",
        query_type = "MicrosoftGraph",
    ),
    reviewers = [
        AccessReviewReviewerScope(
            query = "/users/e5a0c7d2-8b19-4e36-a4f1-62d9b7c3058e",
            query_type = "MicrosoftGraph",
        ),
    ],
    settings = AccessReviewScheduleSettings(
        mail_notifications_enabled = True,
        reminder_notifications_enabled = True,
        justification_required_on_approval = True,
        default_decision_enabled = False,
        default_decision = "None",
        instance_duration_in_days = 2,
        recommendations_enabled = True,
        recurrence = PatternedRecurrence(
            pattern = RecurrencePattern(
                type = RecurrencePatternType.Weekly,
                interval = 1,
            ),
            range = RecurrenceRange(
                type = RecurrenceRangeType.NoEnd,
                start_date = date(2025, 10, 6),
            ),
        ),
    ),
)

result = await graph_client.identity_governance.access_reviews.definitions.post(request_body)
