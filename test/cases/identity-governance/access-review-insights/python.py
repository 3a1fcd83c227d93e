from datetime import date

from msgraph import GraphServiceClient
from msgraph.generated.models.access_review_query_scope import AccessReviewQueryScope
from msgraph.generated.models.access_review_reviewer_scope import AccessReviewReviewerScope
from msgraph.generated.models.access_review_schedule_definition import AccessReviewScheduleDefinition
from msgraph.generated.models.access_review_schedule_settings import AccessReviewScheduleSettings
from msgraph.generated.models.group_peer_outlier_recommendation_insight_settings import GroupPeerOutlierRecommendationInsightSettings
from msgraph.generated.models.patterned_recurrence import PatternedRecurrence
from msgraph.generated.models.recurrence_pattern import RecurrencePattern
from msgraph.generated.models.recurrence_pattern_type import RecurrencePatternType
from msgraph.generated.models.recurrence_range import RecurrenceRange
from msgraph.generated.models.recurrence_range_type import RecurrenceRangeType
from msgraph.generated.models.user_last_sign_in_recommendation_insight_setting import UserLastSignInRecommendationInsightSetting
from msgraph.generated.models.user_sign_in_recommendation_scope import UserSignInRecommendationScope

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AccessReviewScheduleDefinition(
    display_name = "Vendor portal group, with insights",
    description_for_admins = "Monthly review using sign-in activity",
    description_for_reviewers = "Questions? Write to secops@fabrikam.example",
    scope = AccessReviewQueryScope(
        odata_type = "#microsoft.graph.accessReviewQueryScope",
        query = "/groups/f4a8c2e6-0b93-4d17-9c5a-3e1b7d0f8a29/transitiveMembers",
        query_type = "MicrosoftGraph",
    ),
    reviewers = [
        AccessReviewReviewerScope(
            query = "/users/2c7e0a5b-d8f4-4196-b3a7-9e6d1c4f0b82",
            query_type = "MicrosoftGraph",
        ),
    ],
    settings = AccessReviewScheduleSettings(
        instance_duration_in_days = 5,
        recurrence = PatternedRecurrence(
            pattern = RecurrencePattern(
                type = RecurrencePatternType.AbsoluteMonthly,
                interval = 1,
                day_of_month = 3,
            ),
            range = RecurrenceRange(
                type = RecurrenceRangeType.NoEnd,
                start_date = date(2025, 12, 3),
            ),
        ),
        recommendation_insight_settings = [
            UserLastSignInRecommendationInsightSetting(
                odata_type = "#microsoft.graph.userLastSignInRecommendationInsightSetting",
                sign_in_scope = UserSignInRecommendationScope.Application,
                additional_data = {
                    "recommendationLookBackDuration": "P60D",
                },
            ),
            GroupPeerOutlierRecommendationInsightSettings(
                odata_type = "#microsoft.graph.groupPeerOutlierRecommendationInsightSettings",
            ),
        ],
    ),
)

result = await graph_client.identity_governance.access_reviews.definitions.post(request_body)
