<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Event;
use Microsoft\Graph\Generated\Models\Importance;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Event();
$requestBody->setImportance(new Importance('urgent'));

$result = $graphServiceClient
    ->me()
    ->events()
    ->byEventId('event-id')
    ->patch($requestBody)
    ->wait();
