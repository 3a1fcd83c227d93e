<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\ReferenceCreate;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ReferenceCreate();
$requestBody->setOdataId(
    'https://graph.microsoft.com/v1.0/directoryObjects/3d9f2b7e-61c4-4a08-bf15-c7e0a2d85b93',
);

$graphServiceClient
    ->groups()
    ->byGroupId('group-id')
    ->members()
    ->ref()
    ->post($requestBody)
    ->wait();
