<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Event;
use Microsoft\Graph\Generated\Models\Location;
use Microsoft\Graph\Generated\Users\Item\Events\Item\EventItemRequestBuilderPatchRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Event();
$requestBody->setSubject('Pottery class (room change)');
$location = new Location();
$location->setDisplayName('Annex, room 2');
$requestBody->setLocation($location);
$requestBody->setCategories([]);
$requestBody->setIsAllDay(false);

$requestConfiguration = new EventItemRequestBuilderPatchRequestConfiguration();
$requestConfiguration->headers = [
    'If-Match' => 'W/"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A=="',
];

$result = $graphServiceClient
    ->me()
    ->events()
    ->byEventId('event-id')
    ->patch($requestBody, $requestConfiguration)
    ->wait();
