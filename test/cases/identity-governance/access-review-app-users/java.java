import com.microsoft.graph.models.AccessReviewQueryScope;
import com.microsoft.graph.models.AccessReviewReviewerScope;
import com.microsoft.graph.models.AccessReviewScheduleDefinition;
import com.microsoft.graph.models.AccessReviewScheduleSettings;
import com.microsoft.graph.models.AccessReviewScope;
import com.microsoft.graph.models.PatternedRecurrence;
import com.microsoft.graph.models.PrincipalResourceMembershipsScope;
import com.microsoft.graph.models.RecurrencePattern;
import com.microsoft.graph.models.RecurrencePatternType;
import com.microsoft.graph.models.RecurrenceRange;
import com.microsoft.graph.models.RecurrenceRangeType;
import java.time.LocalDate;
import java.util.LinkedList;

AccessReviewScheduleDefinition accessReviewScheduleDefinition =
  new AccessReviewScheduleDefinition();
accessReviewScheduleDefinition.setDisplayName("Payroll portal access");
accessReviewScheduleDefinition.setDescriptionForAdmins(
  "Twice-yearly review of everyone who can sign in to the payroll portal"
);
PrincipalResourceMembershipsScope scope =
  new PrincipalResourceMembershipsScope();
scope.setOdataType("#microsoft.graph.principalResourceMembershipsScope");
LinkedList<AccessReviewScope> principalScopes = new LinkedList<>();
AccessReviewQueryScope accessReviewQueryScope =
  new AccessReviewQueryScope();
accessReviewQueryScope.setOdataType(
  "#microsoft.graph.accessReviewQueryScope"
);
accessReviewQueryScope.setQuery("/users");
accessReviewQueryScope.setQueryType("MicrosoftGraph");
principalScopes.add(accessReviewQueryScope);
scope.setPrincipalScopes(principalScopes);
LinkedList<AccessReviewScope> resourceScopes = new LinkedList<>();
AccessReviewQueryScope accessReviewQueryScope1 =
  new AccessReviewQueryScope();
accessReviewQueryScope1.setOdataType(
  "#microsoft.graph.accessReviewQueryScope"
);
accessReviewQueryScope1.setQuery(
  "/servicePrincipals/9f1c3e7a-5b20-4d86-a3e4-1c7b0f9d2a65"
);
accessReviewQueryScope1.setQueryType("MicrosoftGraph");
resourceScopes.add(accessReviewQueryScope1);
scope.setResourceScopes(resourceScopes);
accessReviewScheduleDefinition.setScope(scope);
LinkedList<AccessReviewReviewerScope> reviewers = new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope =
  new AccessReviewReviewerScope();
accessReviewReviewerScope.setQuery("./manager");
accessReviewReviewerScope.setQueryType("MicrosoftGraph");
accessReviewReviewerScope.setQueryRoot("decisions");
reviewers.add(accessReviewReviewerScope);
accessReviewScheduleDefinition.setReviewers(reviewers);
LinkedList<AccessReviewReviewerScope> fallbackReviewers =
  new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope1 =
  new AccessReviewReviewerScope();
accessReviewReviewerScope1.setQuery(
  "/groups/d3e6f9a2-4c71-4b58-9e0d-7a2c5f8b1e43/transitiveMembers"
);
accessReviewReviewerScope1.setQueryType("MicrosoftGraph");
fallbackReviewers.add(accessReviewReviewerScope1);
accessReviewScheduleDefinition.setFallbackReviewers(fallbackReviewers);
AccessReviewScheduleSettings settings = new AccessReviewScheduleSettings();
settings.setMailNotificationsEnabled(true);
settings.setReminderNotificationsEnabled(true);
settings.setJustificationRequiredOnApproval(false);
settings.setDefaultDecisionEnabled(true);
settings.setDefaultDecision("Recommendation");
settings.setInstanceDurationInDays(21);
settings.setAutoApplyDecisionsEnabled(true);
settings.setRecommendationsEnabled(true);
PatternedRecurrence recurrence = new PatternedRecurrence();
RecurrencePattern pattern = new RecurrencePattern();
pattern.setType(RecurrencePatternType.AbsoluteMonthly);
pattern.setInterval(6);
pattern.setDayOfMonth(0);
recurrence.setPattern(pattern);
RecurrenceRange range = new RecurrenceRange();
range.setType(RecurrenceRangeType.Numbered);
range.setStartDate(LocalDate.of(2025, 7, 1));
range.setEndDate(LocalDate.of(2026, 7, 1));
recurrence.setRange(range);
settings.setRecurrence(recurrence);
accessReviewScheduleDefinition.setSettings(settings);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
AccessReviewScheduleDefinition result = graphClient
  .identityGovernance()
  .accessReviews()
  .definitions()
  .post(accessReviewScheduleDefinition);
