import com.microsoft.graph.models.AccessReviewQueryScope;
import com.microsoft.graph.models.AccessReviewReviewerScope;
import com.microsoft.graph.models.AccessReviewScheduleDefinition;
import com.microsoft.graph.models.AccessReviewScheduleSettings;
import com.microsoft.graph.models.AccessReviewStageSettings;
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
  "Two-stage review of Finance Approvers"
);
accessReviewScheduleDefinition.setDescriptionForAdmins(
  "Stage 1 by the finance lead, stage 2 by managers"
);
accessReviewScheduleDefinition.setDescriptionForReviewers(
  "Questions? Write to secops@fabrikam.example"
);
AccessReviewQueryScope scope = new AccessReviewQueryScope();
scope.setOdataType("#microsoft.graph.accessReviewQueryScope");
scope.setQuery(
  "/groups/1a6f0c3d-92b8-4e57-a1d4-8c0e3b7f9d26/transitiveMembers"
);
scope.setQueryType("MicrosoftGraph");
accessReviewScheduleDefinition.setScope(scope);
LinkedList<AccessReviewStageSettings> stageSettings = new LinkedList<>();
AccessReviewStageSettings accessReviewStageSettings =
  new AccessReviewStageSettings();
accessReviewStageSettings.setStageId("1");
accessReviewStageSettings.setDurationInDays(3);
accessReviewStageSettings.setRecommendationsEnabled(false);
LinkedList<String> decisionsThatWillMoveToNextStage = new LinkedList<>();
decisionsThatWillMoveToNextStage.add("NotReviewed");
decisionsThatWillMoveToNextStage.add("Approve");
accessReviewStageSettings.setDecisionsThatWillMoveToNextStage(
  decisionsThatWillMoveToNextStage
);
LinkedList<AccessReviewReviewerScope> reviewers = new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope =
  new AccessReviewReviewerScope();
accessReviewReviewerScope.setQuery(
  "/users/6e9b2d4f-1a07-4c85-b3e2-f5d8a0c1b974"
);
accessReviewReviewerScope.setQueryType("MicrosoftGraph");
reviewers.add(accessReviewReviewerScope);
accessReviewStageSettings.setReviewers(reviewers);
stageSettings.add(accessReviewStageSettings);
AccessReviewStageSettings accessReviewStageSettings1 =
  new AccessReviewStageSettings();
accessReviewStageSettings1.setStageId("2");
LinkedList<String> dependsOn = new LinkedList<>();
dependsOn.add("1");
accessReviewStageSettings1.setDependsOn(dependsOn);
accessReviewStageSettings1.setDurationInDays(4);
accessReviewStageSettings1.setRecommendationsEnabled(true);
LinkedList<AccessReviewReviewerScope> reviewers1 = new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope1 =
  new AccessReviewReviewerScope();
accessReviewReviewerScope1.setQuery("./manager");
accessReviewReviewerScope1.setQueryType("MicrosoftGraph");
accessReviewReviewerScope1.setQueryRoot("decisions");
reviewers1.add(accessReviewReviewerScope1);
accessReviewStageSettings1.setReviewers(reviewers1);
LinkedList<AccessReviewReviewerScope> fallbackReviewers =
  new LinkedList<>();
AccessReviewReviewerScope accessReviewReviewerScope2 =
  new AccessReviewReviewerScope();
accessReviewReviewerScope2.setQuery(
  "/groups/b8c1e4a7-6d30-4f92-8a5e-2d7f0c9b3e61/transitiveMembers"
);
accessReviewReviewerScope2.setQueryType("MicrosoftGraph");
fallbackReviewers.add(accessReviewReviewerScope2);
accessReviewStageSettings1.setFallbackReviewers(fallbackReviewers);
stageSettings.add(accessReviewStageSettings1);
accessReviewScheduleDefinition.setStageSettings(stageSettings);
AccessReviewScheduleSettings settings = new AccessReviewScheduleSettings();
settings.setInstanceDurationInDays(7);
PatternedRecurrence recurrence = new PatternedRecurrence();
RecurrencePattern pattern = new RecurrencePattern();
pattern.setType(RecurrencePatternType.Weekly);
pattern.setInterval(2);
recurrence.setPattern(pattern);
RecurrenceRange range = new RecurrenceRange();
range.setType(RecurrenceRangeType.NoEnd);
range.setStartDate(LocalDate.of(2025, 9, 15));
recurrence.setRange(range);
settings.setRecurrence(recurrence);
settings.setDecisionHistoriesForReviewersEnabled(true);
accessReviewScheduleDefinition.setSettings(settings);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
AccessReviewScheduleDefinition result = graphClient
  .identityGovernance()
  .accessReviews()
  .definitions()
  .post(accessReviewScheduleDefinition);
