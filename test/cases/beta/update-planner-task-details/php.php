<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Models\PlannerTaskDetails;
use Microsoft\Graph\Beta\Generated\Models\PlannerPreviewType;
use Microsoft\Graph\Beta\Generated\Models\PlannerChecklistItems;
use Microsoft\Graph\Beta\Generated\Planner\Tasks\Item\Details\DetailsRequestBuilderPatchRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new PlannerTaskDetails();
$requestBody->setPreviewType(new PlannerPreviewType('checklist'));
$requestBody->setDescription('Badges for the three new starters');
$checklist = new PlannerChecklistItems();
$checklist->setAdditionalData([
    '0b9e6c52-41f4-4a8e-bd37-2a6f1d90c3e8' => [
        '@odata.type' => 'microsoft.graph.plannerChecklistItem',
        'title' => 'Collect photos',
        'isChecked' => true,
    ],
]);
$requestBody->setChecklist($checklist);

$requestConfiguration = new DetailsRequestBuilderPatchRequestConfiguration();
$requestConfiguration->headers = [
    'If-Match' => 'W/"JzEtVGFza0RldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc="',
];

$result = $graphServiceClient
    ->planner()
    ->tasks()
    ->byPlannerTaskId('Rk3tZx8wT0-9hY2mQnLpA2QAB7cD')
    ->details()
    ->patch($requestBody, $requestConfiguration)
    ->wait();
