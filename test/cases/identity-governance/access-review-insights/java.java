import com.microsoft.graph.models.AccessReviewQueryScope;
import com.microsoft.graph.models.AccessReviewRecommendationInsightSetting;
import com.microsoft.graph.models.AccessReviewReviewerScope;
import com.microsoft.graph.models.AccessReviewScheduleDefinition;
import com.microsoft.graph.models.AccessReviewScheduleSettings;
import com.microsoft.graph.models.GroupPeerOutlierRecommendationInsightSettings;
import com.microsoft.graph.models.PatternedRecurrence;
import com.microsoft.graph.models.RecurrencePattern;
import com.microsoft.graph.models.RecurrencePatternType;
import com.microsoft.graph.models.RecurrenceRange;
import com.microsoft.graph.models.RecurrenceRangeType;
import com.microsoft.graph.models.UserLastSignInRecommendationInsightSetting;
import com.microsoft.graph.models.UserSignInRecommendationScope;
import com.microsoft.kiota.PeriodAndDuration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedList;

AccessReviewScheduleDefinition accessReviewScheduleDefinition =
  new AccessReviewScheduleDefinition();
accessReviewScheduleDefinition.setDisplayName(
  "Vendor portal group, with insights"
);
accessReviewScheduleDefinition.setDescriptionForAdmins(
  "Monthly review using sign-in activity"
);
accessReviewScheduleDefinition.setDescriptionForReviewers(
  "Questions? Write to secops@fabrikam.example"
);
AccessReviewQueryScope scope = new AccessReviewQueryScope();
scope.setOdataType("#microsoft.graph.accessReviewQueryScope");
scope.setQuery(
  "/groups/f4a8c2e6-0b93-4d17-9c5a-3e1b7d0f8a29/transitiveMembers"
);
scope.setQueryType("MicrosoftGraph");
accessReviewScheduleDefinition.setScope(scope);
LinkedList<AccessReviewReviewerScope> reviewers = new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope =
  new AccessReviewReviewerScope();
accessReviewReviewerScope.setQuery(
  "/users/2c7e0a5b-d8f4-4196-b3a7-9e6d1c4f0b82"
);
accessReviewReviewerScope.setQueryType("MicrosoftGraph");
reviewers.add(accessReviewReviewerScope);
accessReviewScheduleDefinition.setReviewers(reviewers);
AccessReviewScheduleSettings settings = new AccessReviewScheduleSettings();
settings.setInstanceDurationInDays(5);
PatternedRecurrence recurrence = new PatternedRecurrence();
RecurrencePattern pattern = new RecurrencePattern();
pattern.setType(RecurrencePatternType.AbsoluteMonthly);
pattern.setInterval(1);
pattern.setDayOfMonth(3);
recurrence.setPattern(pattern);
RecurrenceRange range = new RecurrenceRange();
range.setType(RecurrenceRangeType.NoEnd);
range.setStartDate(LocalDate.of(2025, 12, 3));
recurrence.setRange(range);
settings.setRecurrence(recurrence);
LinkedList<AccessReviewRecommendationInsightSetting> recommendationInsightSettings =
  new LinkedList<>();
UserLastSignInRecommendationInsightSetting userLastSignInRecommendationInsightSetting =
  new UserLastSignInRecommendationInsightSetting();
userLastSignInRecommendationInsightSetting.setOdataType(
  "#microsoft.graph.userLastSignInRecommendationInsightSetting"
);
userLastSignInRecommendationInsightSetting.setRecommendationLookBackDuration(
  PeriodAndDuration.ofDuration(Duration.parse("P60D"))
);
userLastSignInRecommendationInsightSetting.setSignInScope(
  UserSignInRecommendationScope.Application
);
recommendationInsightSettings.add(
  userLastSignInRecommendationInsightSetting
);
GroupPeerOutlierRecommendationInsightSettings groupPeerOutlierRecommendationInsightSettings =
  new GroupPeerOutlierRecommendationInsightSettings();
groupPeerOutlierRecommendationInsightSettings.setOdataType(
  "#microsoft.graph.groupPeerOutlierRecommendationInsightSettings"
);
recommendationInsightSettings.add(
  groupPeerOutlierRecommendationInsightSettings
);
settings.setRecommendationInsightSettings(recommendationInsightSettings);
accessReviewScheduleDefinition.setSettings(settings);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
AccessReviewScheduleDefinition result = graphClient
  .identityGovernance()
  .accessReviews()
  .definitions()
  .post(accessReviewScheduleDefinition);
