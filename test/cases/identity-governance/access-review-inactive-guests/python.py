from datetime import date

from msgraph import GraphServiceClient
from msgraph.generated.models.access_review_inactive_users_query_scope import AccessReviewInactiveUsersQueryScope
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
    display_name = "Inactive guests in team groups",
    description_for_admins = "Remove guests who stopped collaborating.",
    description_for_reviewers = "Guests keep access only while they work with us. Review each one.",
    instance_enumeration_scope = AccessReviewQueryScope(
        odata_type = "#microsoft.graph.accessReviewQueryScope",
        query = "/groups?$filter=(groupTypes/any(c:c+eq+'Unified') and resourceProvisioningOptions/Any(x:x eq 'Team')')",
        query_type = "MicrosoftGraph",
    ),
    scope = AccessReviewInactiveUsersQueryScope(
        odata_type = "#microsoft.graph.accessReviewInactiveUsersQueryScope",
        query = "./members/microsoft.graph.user/?$filter=(userType eq 'Guest')",
        query_type = "MicrosoftGraph",
        additional_data = {
            "inactiveDuration": "P45D",
        },
    ),
    reviewers = [
        AccessReviewReviewerScope(
            query = "./owners",
            query_type = "MicrosoftGraph",
        ),
    ],
    fallback_reviewers = [
        AccessReviewReviewerScope(
            query = "/users/4b8d1e6f-27a3-4c09-9f5e-d0a7c2b81e36",
            query_type = "MicrosoftGraph",
        ),
    ],
    settings = AccessReviewScheduleSettings(
        mail_notifications_enabled = True,
        reminder_notifications_enabled = False,
        justification_required_on_approval = True,
        recommendations_enabled = True,
        instance_duration_in_days = 7,
        recurrence = PatternedRecurrence(
            pattern = RecurrencePattern(
                type = RecurrencePatternType.AbsoluteMonthly,
                day_of_month = 10,
                interval = 3,
            ),
            range = RecurrenceRange(
                type = RecurrenceRangeType.NoEnd,
                start_date = date(2025, 11, 10),
            ),
        ),
        default_decision_enabled = True,
        default_decision = "Deny",
        auto_apply_decisions_enabled = True,
    ),
)

result = await graph_client.identity_governance.access_reviews.definitions.post(request_body)
