<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\ChatMessage;
use Microsoft\Graph\Generated\Models\ItemBody;
use Microsoft\Graph\Generated\Models\BodyType;
use Microsoft\Graph\Generated\Models\ChatMessageImportance;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ChatMessage();
$requestBody->setSubject('Crane 3 maintenance');
$body = new ItemBody();
$body->setContentType(new BodyType('html'));
$body->setContent(
    '<p>Crane 3 is out of service from <b>06:00</b> to <b>14:00</b>.</p>',
);
$requestBody->setBody($body);
$requestBody->setImportance(new ChatMessageImportance('urgent'));

$result = $graphServiceClient
    ->teams()
    ->byTeamId('team-id')
    ->channels()
    ->byChannelId('channel-id')
    ->messages()
    ->post($requestBody)
    ->wait();
