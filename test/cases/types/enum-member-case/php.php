<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Event;
use Microsoft\Graph\Generated\Models\ItemBody;
use Microsoft\Graph\Generated\Models\BodyType;
use Microsoft\Graph\Generated\Models\Location;
use Microsoft\Graph\Generated\Models\LocationType;
use Microsoft\Graph\Generated\Models\FreeBusyStatus;
use Microsoft\Graph\Generated\Models\Sensitivity;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Event();
$body = new ItemBody();
$body->setContentType(new BodyType('html'));
$body->setContent('<p>Moved to the <b>blue</b> room.</p>');
$requestBody->setBody($body);
$location = new Location();
$location->setDisplayName('Blue room');
$location->setLocationType(new LocationType('default'));
$requestBody->setLocation($location);
$requestBody->setShowAs(new FreeBusyStatus('busy'));
$requestBody->setSensitivity(new Sensitivity('private'));

$result = $graphServiceClient
    ->me()
    ->events()
    ->byEventId('event-id')
    ->patch($requestBody)
    ->wait();
