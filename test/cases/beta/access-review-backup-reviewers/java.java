import com.microsoft.graph.beta.models.AccessReviewQueryScope;
import com.microsoft.graph.beta.models.AccessReviewReviewerScope;
import com.microsoft.graph.beta.models.AccessReviewScheduleDefinition;
import com.microsoft.graph.beta.models.AccessReviewScheduleSettings;
import com.microsoft.graph.beta.models.PatternedRecurrence;
import com.microsoft.graph.beta.models.RecurrencePattern;
import com.microsoft.graph.beta.models.RecurrencePatternType;
import com.microsoft.graph.beta.models.RecurrenceRange;
import com.microsoft.graph.beta.models.RecurrenceRangeType;
import java.time.LocalDate;
import java.util.LinkedList;

AccessReviewScheduleDefinition accessReviewScheduleDefinition =
  new AccessReviewScheduleDefinition();
accessReviewScheduleDefinition.setDisplayName("Badge system access");
accessReviewScheduleDefinition.setDescriptionForAdmins(
  "Quarterly review of the badge system's users"
);
AccessReviewQueryScope scope = new AccessReviewQueryScope();
scope.setOdataType("#microsoft.graph.accessReviewQueryScope");
scope.setQuery(
  "/servicePrincipals/2b7d9f4c-16e0-4a83-bc52-e9a1f0d6c378/appRoleAssignedTo"
);
scope.setQueryType("MicrosoftGraph");
accessReviewScheduleDefinition.setScope(scope);
LinkedList<AccessReviewReviewerScope> reviewers = new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope =
  new AccessReviewReviewerScope();
accessReviewReviewerScope.setQuery("./manager");
accessReviewReviewerScope.setQueryType("MicrosoftGraph");
accessReviewReviewerScope.setQueryRoot("decisions");
reviewers.add(accessReviewReviewerScope);
accessReviewScheduleDefinition.setReviewers(reviewers);
LinkedList<AccessReviewReviewerScope> backupReviewers = new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope1 =
  new AccessReviewReviewerScope();
accessReviewReviewerScope1.setQuery(
  "/groups/8f3a6c1e-d904-4b27-a5e8-0c6b2d9f7a13/transitiveMembers"
);
accessReviewReviewerScope1.setQueryType("MicrosoftGraph");
backupReviewers.add(accessReviewReviewerScope1);
accessReviewScheduleDefinition.setBackupReviewers(backupReviewers);
AccessReviewScheduleSettings settings = new AccessReviewScheduleSettings();
settings.setInstanceDurationInDays(14);
PatternedRecurrence recurrence = new PatternedRecurrence();
RecurrencePattern pattern = new RecurrencePattern();
pattern.setType(RecurrencePatternType.AbsoluteMonthly);
pattern.setInterval(3);
pattern.setDayOfMonth(1);
recurrence.setPattern(pattern);
RecurrenceRange range = new RecurrenceRange();
range.setType(RecurrenceRangeType.NoEnd);
range.setStartDate(LocalDate.of(2026, 1, 1));
recurrence.setRange(range);
settings.setRecurrence(recurrence);
accessReviewScheduleDefinition.setSettings(settings);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
AccessReviewScheduleDefinition result = graphClient
  .identityGovernance()
  .accessReviews()
  .definitions()
  .post(accessReviewScheduleDefinition);
