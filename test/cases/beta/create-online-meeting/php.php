<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Models\OnlineMeeting;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new OnlineMeeting();
$requestBody->setStartDateTime(new \DateTime('2026-02-18T14:00:00-08:00'));
$requestBody->setEndDateTime(new \DateTime('2026-02-18T14:45:00-08:00'));
$requestBody->setSubject('Badge system: handover');

$result = $graphServiceClient
    ->me()
    ->onlineMeetings()
    ->post($requestBody)
    ->wait();
