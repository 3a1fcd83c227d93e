import com.microsoft.graph.models.AccessReviewInactiveUsersQueryScope;
import com.microsoft.graph.models.AccessReviewQueryScope;
import com.microsoft.graph.models.AccessReviewReviewerScope;
import com.microsoft.graph.models.AccessReviewScheduleDefinition;
import com.microsoft.graph.models.AccessReviewScheduleSettings;
import com.microsoft.graph.models.PatternedRecurrence;
import com.microsoft.graph.models.RecurrencePattern;
import com.microsoft.graph.models.RecurrencePatternType;
import com.microsoft.graph.models.RecurrenceRange;
import com.microsoft.graph.models.RecurrenceRangeType;
import com.microsoft.kiota.PeriodAndDuration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedList;

AccessReviewScheduleDefinition accessReviewScheduleDefinition =
  new AccessReviewScheduleDefinition();
accessReviewScheduleDefinition.setDisplayName(
  "Inactive guests in team groups"
);
accessReviewScheduleDefinition.setDescriptionForAdmins(
  "Remove guests who stopped collaborating."
);
accessReviewScheduleDefinition.setDescriptionForReviewers(
  "Guests keep access only while they work with us. Review each one."
);
AccessReviewQueryScope instanceEnumerationScope =
  new AccessReviewQueryScope();
instanceEnumerationScope.setOdataType(
  "#microsoft.graph.accessReviewQueryScope"
);
instanceEnumerationScope.setQuery(
  "/groups?$filter=(groupTypes/any(c:c+eq+'Unified') and resourceProvisioningOptions/Any(x:x eq 'Team')')"
);
instanceEnumerationScope.setQueryType("MicrosoftGraph");
accessReviewScheduleDefinition.setInstanceEnumerationScope(
  instanceEnumerationScope
);
AccessReviewInactiveUsersQueryScope scope =
  new AccessReviewInactiveUsersQueryScope();
scope.setOdataType("#microsoft.graph.accessReviewInactiveUsersQueryScope");
scope.setQuery(
  "./members/microsoft.graph.user/?$filter=(userType eq 'Guest')"
);
scope.setQueryType("MicrosoftGraph");
scope.setInactiveDuration(
  PeriodAndDuration.ofDuration(Duration.parse("P45D"))
);
accessReviewScheduleDefinition.setScope(scope);
LinkedList<AccessReviewReviewerScope> reviewers = new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope =
  new AccessReviewReviewerScope();
accessReviewReviewerScope.setQuery("./owners");
accessReviewReviewerScope.setQueryType("MicrosoftGraph");
reviewers.add(accessReviewReviewerScope);
accessReviewScheduleDefinition.setReviewers(reviewers);
LinkedList<AccessReviewReviewerScope> fallbackReviewers =
  new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope1 =
  new AccessReviewReviewerScope();
accessReviewReviewerScope1.setQuery(
  "/users/4b8d1e6f-27a3-4c09-9f5e-d0a7c2b81e36"
);
accessReviewReviewerScope1.setQueryType("MicrosoftGraph");
fallbackReviewers.add(accessReviewReviewerScope1);
accessReviewScheduleDefinition.setFallbackReviewers(fallbackReviewers);
AccessReviewScheduleSettings settings = new AccessReviewScheduleSettings();
settings.setMailNotificationsEnabled(true);
settings.setReminderNotificationsEnabled(false);
settings.setJustificationRequiredOnApproval(true);
settings.setRecommendationsEnabled(true);
settings.setInstanceDurationInDays(7);
PatternedRecurrence recurrence = new PatternedRecurrence();
RecurrencePattern pattern = new RecurrencePattern();
pattern.setType(RecurrencePatternType.AbsoluteMonthly);
pattern.setDayOfMonth(10);
pattern.setInterval(3);
recurrence.setPattern(pattern);
RecurrenceRange range = new RecurrenceRange();
range.setType(RecurrenceRangeType.NoEnd);
range.setStartDate(LocalDate.of(2025, 11, 10));
recurrence.setRange(range);
settings.setRecurrence(recurrence);
settings.setDefaultDecisionEnabled(true);
settings.setDefaultDecision("Deny");
settings.setAutoApplyDecisionsEnabled(true);
accessReviewScheduleDefinition.setSettings(settings);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
AccessReviewScheduleDefinition result = graphClient
  .identityGovernance()
  .accessReviews()
  .definitions()
  .post(accessReviewScheduleDefinition);
