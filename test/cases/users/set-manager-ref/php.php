<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\ReferenceUpdate;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ReferenceUpdate();
$requestBody->setOdataId(
    'https://graph.microsoft.com/v1.0/users/71d4b0e9-3f28-4c65-a9b7-e2c0d5f8164a',
);

$graphServiceClient
    ->users()
    ->byUserId('user-id')
    ->manager()
    ->ref()
    ->put($requestBody)
    ->wait();
