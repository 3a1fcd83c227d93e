<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\UserItemRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new UserItemRequestBuilderGetRequestConfiguration();
$queryParameters = UserItemRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->expand = ['manager($levels=max;$select=id,displayName)'];
$queryParameters->select = ['id', 'displayName'];
$queryParameters->count = true;
$requestConfiguration->queryParameters = $queryParameters;
$requestConfiguration->headers = ['ConsistencyLevel' => 'eventual'];

$result = $graphServiceClient
    ->users()
    ->byUserId('user-id')
    ->get($requestConfiguration)
    ->wait();
