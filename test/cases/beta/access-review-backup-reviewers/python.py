from datetime import date

from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.access_review_query_scope import AccessReviewQueryScope
from msgraph_beta.generated.models.access_review_reviewer_scope import AccessReviewReviewerScope
from msgraph_beta.generated.models.access_review_schedule_definition import AccessReviewScheduleDefinition
from msgraph_beta.generated.models.access_review_schedule_settings import AccessReviewScheduleSettings
from msgraph_beta.generated.models.patterned_recurrence import PatternedRecurrence
from msgraph_beta.generated.models.recurrence_pattern import RecurrencePattern
from msgraph_beta.generated.models.recurrence_pattern_type import RecurrencePatternType
from msgraph_beta.generated.models.recurrence_range import RecurrenceRange
from msgraph_beta.generated.models.recurrence_range_type import RecurrenceRangeType

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AccessReviewScheduleDefinition(
    display_name = "Badge system access",
    description_for_admins = "Quarterly review of the badge system's users",
    scope = AccessReviewQueryScope(
        odata_type = "#microsoft.graph.accessReviewQueryScope",
        query = "/servicePrincipals/2b7d9f4c-16e0-4a83-bc52-e9a1f0d6c378/appRoleAssignedTo",
        query_type = "MicrosoftGraph",
    ),
    reviewers = [
        AccessReviewReviewerScope(
            query = "./manager",
            query_type = "MicrosoftGraph",
            query_root = "decisions",
        ),
    ],
    backup_reviewers = [
        AccessReviewReviewerScope(
            query = "/groups/8f3a6c1e-d904-4b27-a5e8-0c6b2d9f7a13/transitiveMembers",
            query_type = "MicrosoftGraph",
        ),
    ],
    settings = AccessReviewScheduleSettings(
        instance_duration_in_days = 14,
        recurrence = PatternedRecurrence(
            pattern = RecurrencePattern(
                type = RecurrencePatternType.AbsoluteMonthly,
                interval = 3,
                day_of_month = 1,
            ),
            range = RecurrenceRange(
                type = RecurrenceRangeType.NoEnd,
                start_date = date(2026, 1, 1),
            ),
        ),
    ),
)

result = await graph_client.identity_governance.access_reviews.definitions.post(request_body)
