from datetime import date

from msgraph import GraphServiceClient
from msgraph.generated.models.access_review_query_scope import AccessReviewQueryScope
from msgraph.generated.models.access_review_reviewer_scope import AccessReviewReviewerScope
from msgraph.generated.models.access_review_schedule_definition import AccessReviewScheduleDefinition
from msgraph.generated.models.access_review_schedule_settings import AccessReviewScheduleSettings
from msgraph.generated.models.access_review_stage_settings import AccessReviewStageSettings
from msgraph.generated.models.patterned_recurrence import PatternedRecurrence
from msgraph.generated.models.recurrence_pattern import RecurrencePattern
from msgraph.generated.models.recurrence_pattern_type import RecurrencePatternType
from msgraph.generated.models.recurrence_range import RecurrenceRange
from msgraph.generated.models.recurrence_range_type import RecurrenceRangeType

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AccessReviewScheduleDefinition(
    display_name = "Two-stage review of Finance Approvers",
    description_for_admins = "Stage 1 by the finance lead, stage 2 by managers",
    description_for_reviewers = "Questions? Write to secops@fabrikam.example",
    scope = AccessReviewQueryScope(
        odata_type = "#microsoft.graph.accessReviewQueryScope",
        query = "/groups/1a6f0c3d-92b8-4e57-a1d4-8c0e3b7f9d26/transitiveMembers",
        query_type = "MicrosoftGraph",
    ),
    stage_settings = [
        AccessReviewStageSettings(
            stage_id = "1",
            duration_in_days = 3,
            recommendations_enabled = False,
            decisions_that_will_move_to_next_stage = [
                "NotReviewed",
                "Approve",
            ],
            reviewers = [
                AccessReviewReviewerScope(
                    query = "/users/6e9b2d4f-1a07-4c85-b3e2-f5d8a0c1b974",
                    query_type = "MicrosoftGraph",
                ),
            ],
        ),
        AccessReviewStageSettings(
            stage_id = "2",
            depends_on = [
                "1",
            ],
            duration_in_days = 4,
            recommendations_enabled = True,
            reviewers = [
                AccessReviewReviewerScope(
                    query = "./manager",
                    query_type = "MicrosoftGraph",
                    query_root = "decisions",
                ),
            ],
            fallback_reviewers = [
                AccessReviewReviewerScope(
                    query = "/groups/b8c1e4a7-6d30-4f92-8a5e-2d7f0c9b3e61/transitiveMembers",
                    query_type = "MicrosoftGraph",
                ),
            ],
        ),
    ],
    settings = AccessReviewScheduleSettings(
        instance_duration_in_days = 7,
        recurrence = PatternedRecurrence(
            pattern = RecurrencePattern(
                type = RecurrencePatternType.Weekly,
                interval = 2,
            ),
            range = RecurrenceRange(
                type = RecurrenceRangeType.NoEnd,
                start_date = date(2025, 9, 15),
            ),
        ),
        decision_histories_for_reviewers_enabled = True,
    ),
)

result = await graph_client.identity_governance.access_reviews.definitions.post(request_body)
