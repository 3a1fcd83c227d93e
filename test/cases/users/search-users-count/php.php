<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\UsersRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new UsersRequestBuilderGetRequestConfiguration();
$queryParameters = UsersRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->search = '"displayName:Marisol" OR "mail:marisol"';
$queryParameters->count = true;
$queryParameters->orderby = ['displayName asc'];
$queryParameters->select = ['id', 'displayName', 'mail'];
$requestConfiguration->queryParameters = $queryParameters;
$requestConfiguration->headers = ['ConsistencyLevel' => 'eventual'];

$result = $graphServiceClient->users()->get($requestConfiguration)->wait();
