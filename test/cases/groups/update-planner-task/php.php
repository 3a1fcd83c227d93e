<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\PlannerTask;
use Microsoft\Graph\Generated\Models\PlannerAssignments;
use Microsoft\Graph\Generated\Planner\Tasks\Item\PlannerTaskItemRequestBuilderPatchRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new PlannerTask();
$requestBody->setPercentComplete(50);
$requestBody->setDueDateTime(new \DateTime('2025-06-30T17:00:00Z'));
$requestBody->setPriority(3);
$assignments = new PlannerAssignments();
$assignments->setAdditionalData([
    '5e8c1a2f-7b34-4d90-a6e1-c3f8b0d27a64' => [
        '@odata.type' => '#microsoft.graph.plannerAssignment',
        'orderHint' => ' !',
    ],
]);
$requestBody->setAssignments($assignments);

$requestConfiguration = new PlannerTaskItemRequestBuilderPatchRequestConfiguration();
$requestConfiguration->headers = [
    'Prefer' => 'return=representation',
    'If-Match' => 'W/"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc="',
];

$result = $graphServiceClient
    ->planner()
    ->tasks()
    ->byPlannerTaskId('plannerTask-id')
    ->patch($requestBody, $requestConfiguration)
    ->wait();
