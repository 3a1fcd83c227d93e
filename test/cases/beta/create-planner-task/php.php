<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Models\PlannerTask;
use Microsoft\Graph\Beta\Generated\Models\PlannerAssignments;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new PlannerTask();
$requestBody->setPlanId('Rk3tZx8wT0-9hY2mQnLpA2QAB7cD');
$requestBody->setBucketId('c4Vt0mYbq0OZ8sPdL1kx3GQAFf9E');
$requestBody->setTitle('Order replacement badges');
$requestBody->setDueDateTime(new \DateTime('2026-03-14T17:00:00Z'));
$assignments = new PlannerAssignments();
$assignments->setAdditionalData([
    '5d1c8a34-77e2-4a0f-9b61-0e3c2f8d4a7b' => [
        '@odata.type' => '#microsoft.graph.plannerAssignment',
        'orderHint' => ' !',
    ],
]);
$requestBody->setAssignments($assignments);

$result = $graphServiceClient->planner()->tasks()->post($requestBody)->wait();
