<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\User;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new User();
$requestBody->setBusinessPhones(['+52 55 4100 7788', '+52 55 4100 7789']);
$requestBody->setOfficeLocation('Torre B, piso 12');
$requestBody->setEmployeeHireDate(new \DateTime('2023-11-06T00:00:00Z'));
$requestBody->setMobilePhone(null);

$result = $graphServiceClient
    ->users()
    ->byUserId('user-id')
    ->patch($requestBody)
    ->wait();
