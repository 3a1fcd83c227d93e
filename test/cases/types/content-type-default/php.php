<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\ContentType;
use Microsoft\Graph\Generated\Models\ContentTypeOrder;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ContentType();
$requestBody->setName('Purchase order');
$requestBody->setDescription('A purchase order with its approval state');
$requestBody->setGroup('Procurement');
$order = new ContentTypeOrder();
$order->setEscapedDefault(true);
$order->setPosition(1);
$requestBody->setOrder($order);
$requestBody->setHidden(false);

$result = $graphServiceClient
    ->sites()
    ->bySiteId('site-id')
    ->contentTypes()
    ->post($requestBody)
    ->wait();
