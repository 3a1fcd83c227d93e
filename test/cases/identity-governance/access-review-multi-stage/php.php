<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\AccessReviewScheduleDefinition;
use Microsoft\Graph\Generated\Models\AccessReviewQueryScope;
use Microsoft\Graph\Generated\Models\AccessReviewStageSettings;
use Microsoft\Graph\Generated\Models\AccessReviewReviewerScope;
use Microsoft\Graph\Generated\Models\AccessReviewScheduleSettings;
use Microsoft\Graph\Generated\Models\PatternedRecurrence;
use Microsoft\Graph\Generated\Models\RecurrencePattern;
use Microsoft\Graph\Generated\Models\RecurrencePatternType;
use Microsoft\Graph\Generated\Models\RecurrenceRange;
use Microsoft\Graph\Generated\Models\RecurrenceRangeType;
use Microsoft\Kiota\Abstractions\Types\Date;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new AccessReviewScheduleDefinition();
$requestBody->setDisplayName('Two-stage review of Finance Approvers');
$requestBody->setDescriptionForAdmins(
    'Stage 1 by the finance lead, stage 2 by managers',
);
$requestBody->setDescriptionForReviewers(
    'Questions? Write to secops@fabrikam.example',
);
$scope = new AccessReviewQueryScope();
$scope->setOdataType('#microsoft.graph.accessReviewQueryScope');
$scope->setQuery(
    '/groups/1a6f0c3d-92b8-4e57-a1d4-8c0e3b7f9d26/transitiveMembers',
);
$scope->setQueryType('MicrosoftGraph');
$requestBody->setScope($scope);
$stageSettingsAccessReviewStageSettings1 = new AccessReviewStageSettings();
$stageSettingsAccessReviewStageSettings1->setStageId('1');
$stageSettingsAccessReviewStageSettings1->setDurationInDays(3);
$stageSettingsAccessReviewStageSettings1->setRecommendationsEnabled(false);
$stageSettingsAccessReviewStageSettings1->setDecisionsThatWillMoveToNextStage([
    'NotReviewed',
    'Approve',
]);
$stageSettingsAccessReviewStageSettings1ReviewersAccessReviewReviewerScope1 = new AccessReviewReviewerScope();
$stageSettingsAccessReviewStageSettings1ReviewersAccessReviewReviewerScope1->setQuery(
    '/users/6e9b2d4f-1a07-4c85-b3e2-f5d8a0c1b974',
);
$stageSettingsAccessReviewStageSettings1ReviewersAccessReviewReviewerScope1->setQueryType(
    'MicrosoftGraph',
);
$stageSettingsAccessReviewStageSettings1->setReviewers([
    $stageSettingsAccessReviewStageSettings1ReviewersAccessReviewReviewerScope1,
]);
$stageSettingsAccessReviewStageSettings2 = new AccessReviewStageSettings();
$stageSettingsAccessReviewStageSettings2->setStageId('2');
$stageSettingsAccessReviewStageSettings2->setDependsOn(['1']);
$stageSettingsAccessReviewStageSettings2->setDurationInDays(4);
$stageSettingsAccessReviewStageSettings2->setRecommendationsEnabled(true);
$stageSettingsAccessReviewStageSettings2ReviewersAccessReviewReviewerScope1 = new AccessReviewReviewerScope();
$stageSettingsAccessReviewStageSettings2ReviewersAccessReviewReviewerScope1->setQuery(
    './manager',
);
$stageSettingsAccessReviewStageSettings2ReviewersAccessReviewReviewerScope1->setQueryType(
    'MicrosoftGraph',
);
$stageSettingsAccessReviewStageSettings2ReviewersAccessReviewReviewerScope1->setQueryRoot(
    'decisions',
);
$stageSettingsAccessReviewStageSettings2->setReviewers([
    $stageSettingsAccessReviewStageSettings2ReviewersAccessReviewReviewerScope1,
]);
$stageSettingsAccessReviewStageSettings2FallbackReviewersAccessReviewReviewerScope1 = new AccessReviewReviewerScope();
$stageSettingsAccessReviewStageSettings2FallbackReviewersAccessReviewReviewerScope1->setQuery(
    '/groups/b8c1e4a7-6d30-4f92-8a5e-2d7f0c9b3e61/transitiveMembers',
);
$stageSettingsAccessReviewStageSettings2FallbackReviewersAccessReviewReviewerScope1->setQueryType(
    'MicrosoftGraph',
);
$stageSettingsAccessReviewStageSettings2->setFallbackReviewers([
    $stageSettingsAccessReviewStageSettings2FallbackReviewersAccessReviewReviewerScope1,
]);
$requestBody->setStageSettings([
    $stageSettingsAccessReviewStageSettings1,
    $stageSettingsAccessReviewStageSettings2,
]);
$settings = new AccessReviewScheduleSettings();
$settings->setInstanceDurationInDays(7);
$settingsRecurrence = new PatternedRecurrence();
$settingsRecurrencePattern = new RecurrencePattern();
$settingsRecurrencePattern->setType(new RecurrencePatternType('weekly'));
$settingsRecurrencePattern->setInterval(2);
$settingsRecurrence->setPattern($settingsRecurrencePattern);
$settingsRecurrenceRange = new RecurrenceRange();
$settingsRecurrenceRange->setType(new RecurrenceRangeType('noEnd'));
$settingsRecurrenceRange->setStartDate(new Date('2025-09-15'));
$settingsRecurrence->setRange($settingsRecurrenceRange);
$settings->setRecurrence($settingsRecurrence);
$settings->setDecisionHistoriesForReviewersEnabled(true);
$requestBody->setSettings($settings);

$result = $graphServiceClient
    ->identityGovernance()
    ->accessReviews()
    ->definitions()
    ->post($requestBody)
    ->wait();
