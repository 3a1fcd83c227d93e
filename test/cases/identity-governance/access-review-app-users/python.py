from datetime import date

from msgraph import GraphServiceClient
from msgraph.generated.models.access_review_query_scope import AccessReviewQueryScope
from msgraph.generated.models.access_review_reviewer_scope import AccessReviewReviewerScope
from msgraph.generated.models.access_review_schedule_definition import AccessReviewScheduleDefinition
from msgraph.generated.models.access_review_schedule_settings import AccessReviewScheduleSettings
from msgraph.generated.models.patterned_recurrence import PatternedRecurrence
from msgraph.generated.models.principal_resource_memberships_scope import PrincipalResourceMembershipsScope
from msgraph.generated.models.recurrence_pattern import RecurrencePattern
from msgraph.generated.models.recurrence_pattern_type import RecurrencePatternType
from msgraph.generated.models.recurrence_range import RecurrenceRange
from msgraph.generated.models.recurrence_range_type import RecurrenceRangeType

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AccessReviewScheduleDefinition(
    display_name = "Payroll portal access",
    description_for_admins = "Twice-yearly review of everyone who can sign in to the payroll portal",
    scope = PrincipalResourceMembershipsScope(
        odata_type = "#microsoft.graph.principalResourceMembershipsScope",
        principal_scopes = [
            AccessReviewQueryScope(
                odata_type = "#microsoft.graph.accessReviewQueryScope",
                query = "/users",
                query_type = "MicrosoftGraph",
            ),
        ],
        resource_scopes = [
            AccessReviewQueryScope(
                odata_type = "#microsoft.graph.accessReviewQueryScope",
                query = "/servicePrincipals/9f1c3e7a-5b20-4d86-a3e4-1c7b0f9d2a65",
                query_type = "MicrosoftGraph",
            ),
        ],
    ),
    reviewers = [
        AccessReviewReviewerScope(
            query = "./manager",
            query_type = "MicrosoftGraph",
            query_root = "decisions",
        ),
    ],
    fallback_reviewers = [
        AccessReviewReviewerScope(
            query = "/groups/d3e6f9a2-4c71-4b58-9e0d-7a2c5f8b1e43/transitiveMembers",
            query_type = "MicrosoftGraph",
        ),
    ],
    settings = AccessReviewScheduleSettings(
        mail_notifications_enabled = True,
        reminder_notifications_enabled = True,
        justification_required_on_approval = False,
        default_decision_enabled = True,
        default_decision = "Recommendation",
        instance_duration_in_days = 21,
        auto_apply_decisions_enabled = True,
        recommendations_enabled = True,
        recurrence = PatternedRecurrence(
            pattern = RecurrencePattern(
                type = RecurrencePatternType.AbsoluteMonthly,
                interval = 6,
                day_of_month = 0,
            ),
            range = RecurrenceRange(
                type = RecurrenceRangeType.Numbered,
                start_date = date(2025, 7, 1),
                end_date = date(2026, 7, 1),
            ),
        ),
    ),
)

result = await graph_client.identity_governance.access_reviews.definitions.post(request_body)
