<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\UserItemRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new UserItemRequestBuilderGetRequestConfiguration();
$queryParameters = UserItemRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->select = [
    'displayName',
    'jobTitle',
    'officeLocation',
    'employeeId',
];
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->users()
    ->byUserId('user-id')
    ->get($requestConfiguration)
    ->wait();
