<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\AccessReviewScheduleDefinition;
use Microsoft\Graph\Generated\Models\AccessReviewQueryScope;
use Microsoft\Graph\Generated\Models\AccessReviewReviewerScope;
use Microsoft\Graph\Generated\Models\AccessReviewScheduleSettings;
use Microsoft\Graph\Generated\Models\PatternedRecurrence;
use Microsoft\Graph\Generated\Models\RecurrencePattern;
use Microsoft\Graph\Generated\Models\RecurrencePatternType;
use Microsoft\Graph\Generated\Models\RecurrenceRange;
use Microsoft\Graph\Generated\Models\RecurrenceRangeType;
use Microsoft\Kiota\Abstractions\Types\Date;
use Microsoft\Graph\Generated\Models\UserLastSignInRecommendationInsightSetting;
use Microsoft\Graph\Generated\Models\UserSignInRecommendationScope;
use Microsoft\Graph\Generated\Models\GroupPeerOutlierRecommendationInsightSettings;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new AccessReviewScheduleDefinition();
$requestBody->setDisplayName('Vendor portal group, with insights');
$requestBody->setDescriptionForAdmins('Monthly review using sign-in activity');
$requestBody->setDescriptionForReviewers(
    'Questions? Write to secops@fabrikam.example',
);
$scope = new AccessReviewQueryScope();
$scope->setOdataType('#microsoft.graph.accessReviewQueryScope');
$scope->setQuery(
    '/groups/f4a8c2e6-0b93-4d17-9c5a-3e1b7d0f8a29/transitiveMembers',
);
$scope->setQueryType('MicrosoftGraph');
$requestBody->setScope($scope);
$reviewersAccessReviewReviewerScope1 = new AccessReviewReviewerScope();
$reviewersAccessReviewReviewerScope1->setQuery(
    '/users/2c7e0a5b-d8f4-4196-b3a7-9e6d1c4f0b82',
);
$reviewersAccessReviewReviewerScope1->setQueryType('MicrosoftGraph');
$requestBody->setReviewers([$reviewersAccessReviewReviewerScope1]);
$settings = new AccessReviewScheduleSettings();
$settings->setInstanceDurationInDays(5);
$settingsRecurrence = new PatternedRecurrence();
$settingsRecurrencePattern = new RecurrencePattern();
$settingsRecurrencePattern->setType(
    new RecurrencePatternType('absoluteMonthly'),
);
$settingsRecurrencePattern->setInterval(1);
$settingsRecurrencePattern->setDayOfMonth(3);
$settingsRecurrence->setPattern($settingsRecurrencePattern);
$settingsRecurrenceRange = new RecurrenceRange();
$settingsRecurrenceRange->setType(new RecurrenceRangeType('noEnd'));
$settingsRecurrenceRange->setStartDate(new Date('2025-12-03'));
$settingsRecurrence->setRange($settingsRecurrenceRange);
$settings->setRecurrence($settingsRecurrence);
$settingsRecommendationInsightSettingsUserLastSignInRecommendationInsightSetting1 = new UserLastSignInRecommendationInsightSetting();
$settingsRecommendationInsightSettingsUserLastSignInRecommendationInsightSetting1->setOdataType(
    '#microsoft.graph.userLastSignInRecommendationInsightSetting',
);
$settingsRecommendationInsightSettingsUserLastSignInRecommendationInsightSetting1->setRecommendationLookBackDuration(
    new \DateInterval('P60D'),
);
$settingsRecommendationInsightSettingsUserLastSignInRecommendationInsightSetting1->setSignInScope(
    new UserSignInRecommendationScope('application'),
);
$settingsRecommendationInsightSettingsGroupPeerOutlierRecommendationInsightSettings2 = new GroupPeerOutlierRecommendationInsightSettings();
$settingsRecommendationInsightSettingsGroupPeerOutlierRecommendationInsightSettings2->setOdataType(
    '#microsoft.graph.groupPeerOutlierRecommendationInsightSettings',
);
$settings->setRecommendationInsightSettings([
    $settingsRecommendationInsightSettingsUserLastSignInRecommendationInsightSetting1,
    $settingsRecommendationInsightSettingsGroupPeerOutlierRecommendationInsightSettings2,
]);
$requestBody->setSettings($settings);

$result = $graphServiceClient
    ->identityGovernance()
    ->accessReviews()
    ->definitions()
    ->post($requestBody)
    ->wait();
