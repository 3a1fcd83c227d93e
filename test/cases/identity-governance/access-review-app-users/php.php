<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\AccessReviewScheduleDefinition;
use Microsoft\Graph\Generated\Models\PrincipalResourceMembershipsScope;
use Microsoft\Graph\Generated\Models\AccessReviewQueryScope;
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
$requestBody->setDisplayName('Payroll portal access');
$requestBody->setDescriptionForAdmins(
    'Twice-yearly review of everyone who can sign in to the payroll portal',
);
$scope = new PrincipalResourceMembershipsScope();
$scope->setOdataType('#microsoft.graph.principalResourceMembershipsScope');
$scopePrincipalScopesAccessReviewQueryScope1 = new AccessReviewQueryScope();
$scopePrincipalScopesAccessReviewQueryScope1->setOdataType(
    '#microsoft.graph.accessReviewQueryScope',
);
$scopePrincipalScopesAccessReviewQueryScope1->setQuery('/users');
$scopePrincipalScopesAccessReviewQueryScope1->setQueryType('MicrosoftGraph');
$scope->setPrincipalScopes([$scopePrincipalScopesAccessReviewQueryScope1]);
$scopeResourceScopesAccessReviewQueryScope1 = new AccessReviewQueryScope();
$scopeResourceScopesAccessReviewQueryScope1->setOdataType(
    '#microsoft.graph.accessReviewQueryScope',
);
$scopeResourceScopesAccessReviewQueryScope1->setQuery(
    '/servicePrincipals/9f1c3e7a-5b20-4d86-a3e4-1c7b0f9d2a65',
);
$scopeResourceScopesAccessReviewQueryScope1->setQueryType('MicrosoftGraph');
$scope->setResourceScopes([$scopeResourceScopesAccessReviewQueryScope1]);
$requestBody->setScope($scope);
$reviewersAccessReviewReviewerScope1 = new AccessReviewReviewerScope();
$reviewersAccessReviewReviewerScope1->setQuery('./manager');
$reviewersAccessReviewReviewerScope1->setQueryType('MicrosoftGraph');
$reviewersAccessReviewReviewerScope1->setQueryRoot('decisions');
$requestBody->setReviewers([$reviewersAccessReviewReviewerScope1]);
$fallbackReviewersAccessReviewReviewerScope1 = new AccessReviewReviewerScope();
$fallbackReviewersAccessReviewReviewerScope1->setQuery(
    '/groups/d3e6f9a2-4c71-4b58-9e0d-7a2c5f8b1e43/transitiveMembers',
);
$fallbackReviewersAccessReviewReviewerScope1->setQueryType('MicrosoftGraph');
$requestBody->setFallbackReviewers([
    $fallbackReviewersAccessReviewReviewerScope1,
]);
$settings = new AccessReviewScheduleSettings();
$settings->setMailNotificationsEnabled(true);
$settings->setReminderNotificationsEnabled(true);
$settings->setJustificationRequiredOnApproval(false);
$settings->setDefaultDecisionEnabled(true);
$settings->setDefaultDecision('Recommendation');
$settings->setInstanceDurationInDays(21);
$settings->setAutoApplyDecisionsEnabled(true);
$settings->setRecommendationsEnabled(true);
$settingsRecurrence = new PatternedRecurrence();
$settingsRecurrencePattern = new RecurrencePattern();
$settingsRecurrencePattern->setType(
    new RecurrencePatternType('absoluteMonthly'),
);
$settingsRecurrencePattern->setInterval(6);
$settingsRecurrencePattern->setDayOfMonth(0);
$settingsRecurrence->setPattern($settingsRecurrencePattern);
$settingsRecurrenceRange = new RecurrenceRange();
$settingsRecurrenceRange->setType(new RecurrenceRangeType('numbered'));
$settingsRecurrenceRange->setStartDate(new Date('2025-07-01'));
$settingsRecurrenceRange->setEndDate(new Date('2026-07-01'));
$settingsRecurrence->setRange($settingsRecurrenceRange);
$settings->setRecurrence($settingsRecurrence);
$requestBody->setSettings($settings);

$result = $graphServiceClient
    ->identityGovernance()
    ->accessReviews()
    ->definitions()
    ->post($requestBody)
    ->wait();
