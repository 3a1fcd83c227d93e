<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Message;
use Microsoft\Graph\Generated\Models\Importance;
use Microsoft\Graph\Generated\Models\ItemBody;
use Microsoft\Graph\Generated\Models\BodyType;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Message();
$requestBody->setImportance(new Importance('low'));
$body = new ItemBody();
$body->setContentType(new BodyType('text'));
$body->setContent('Updated agenda attached.');
$requestBody->setBody($body);

$result = $graphServiceClient
    ->me()
    ->messages()
    ->byMessageId('message-id')
    ->patch($requestBody)
    ->wait();
