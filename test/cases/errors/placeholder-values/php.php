<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\User;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new User();
$requestBody->setJobTitle('String');
$requestBody->setAccountEnabled(false);

$result = $graphServiceClient
    ->users()
    ->byUserId('user-id')
    ->patch($requestBody)
    ->wait();
