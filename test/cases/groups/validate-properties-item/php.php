<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Groups\Item\ValidateProperties\ValidatePropertiesPostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ValidatePropertiesPostRequestBody();
$requestBody->setDisplayName('Pendulum lab group');
$requestBody->setMailNickname('pendulum-lab');
$requestBody->setOnBehalfOfUserId('c4a1e0f2-8d3b-4e6a-b7c9-2f5d1e0a9b38');

$graphServiceClient
    ->groups()
    ->byGroupId('3a7c9d20-6b1e-4f0a-9c55-0d2e8b7f41aa')
    ->validateProperties()
    ->post($requestBody)
    ->wait();
