<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\Events\Item\Accept\AcceptPostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new AcceptPostRequestBody();
$requestBody->setComment('See you in room 4.');
$requestBody->setSendResponse(false);

$graphServiceClient
    ->me()
    ->events()
    ->byEventId('event-id')
    ->accept()
    ->post($requestBody)
    ->wait();
