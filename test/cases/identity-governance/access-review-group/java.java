import com.microsoft.graph.models.AccessReviewQueryScope;
import com.microsoft.graph.models.AccessReviewReviewerScope;
import com.microsoft.graph.models.AccessReviewScheduleDefinition;
import com.microsoft.graph.models.AccessReviewScheduleSettings;
import com.microsoft.graph.models.PatternedRecurrence;
import com.microsoft.graph.models.RecurrencePattern;
import com.microsoft.graph.models.RecurrencePatternType;
import com.microsoft.graph.models.RecurrenceRange;
import com.microsoft.graph.models.RecurrenceRangeType;
import java.time.LocalDate;
import java.util.LinkedList;

AccessReviewScheduleDefinition accessReviewScheduleDefinition =
  new AccessReviewScheduleDefinition();
accessReviewScheduleDefinition.setDisplayName(
  "Weekly review of Lab Access"
);
accessReviewScheduleDefinition.setDescriptionForAdmins(
  "Recurring review of the lab access group"
);
accessReviewScheduleDefinition.setDescriptionForReviewers(
  "Questions? Write to secops@fabrikam.example"
);
AccessReviewQueryScope scope = new AccessReviewQueryScope();
scope.setOdataType("#microsoft.graph.accessReviewQueryScope");
scope.setQuery(
  "/groups/7c2e5a91-0d4b-4f63-8e17-b9a3c6d20f58/transitiveMembers"
);
scope.setQueryType("MicrosoftGraph");
accessReviewScheduleDefinition.setScope(scope);
LinkedList<AccessReviewReviewerScope> reviewers = new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope =
  new AccessReviewReviewerScope();
accessReviewReviewerScope.setQuery(
  "/users/e5a0c7d2-8b19-4e36-a4f1-62d9b7c3058e"
);
accessReviewReviewerScope.setQueryType("MicrosoftGraph");
reviewers.add(accessReviewReviewerScope);
accessReviewScheduleDefinition.setReviewers(reviewers);
AccessReviewScheduleSettings settings = new AccessReviewScheduleSettings();
settings.setMailNotificationsEnabled(true);
settings.setReminderNotificationsEnabled(true);
settings.setJustificationRequiredOnApproval(true);
settings.setDefaultDecisionEnabled(false);
settings.setDefaultDecision("None");
settings.setInstanceDurationInDays(2);
settings.setRecommendationsEnabled(true);
PatternedRecurrence recurrence = new PatternedRecurrence();
RecurrencePattern pattern = new RecurrencePattern();
pattern.setType(RecurrencePatternType.Weekly);
pattern.setInterval(1);
recurrence.setPattern(pattern);
RecurrenceRange range = new RecurrenceRange();
range.setType(RecurrenceRangeType.NoEnd);
range.setStartDate(LocalDate.of(2025, 10, 6));
recurrence.setRange(range);
settings.setRecurrence(recurrence);
accessReviewScheduleDefinition.setSettings(settings);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
AccessReviewScheduleDefinition result = graphClient
  .identityGovernance()
  .accessReviews()
  .definitions()
  .post(accessReviewScheduleDefinition);
