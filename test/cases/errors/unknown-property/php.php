<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\PlannerTask;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new PlannerTask();
$requestBody->setPlanId('xqQg5FS2LkCp935s-FIFm2QAFkHM');
$requestBody->setTitle('Order spare belts');
$requestBody->setAdditionalData(['colour' => 'orange']);

$result = $graphServiceClient->planner()->tasks()->post($requestBody)->wait();
