<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Groups\Item\Members\GraphUser\GraphUserRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new GraphUserRequestBuilderGetRequestConfiguration();
$queryParameters = GraphUserRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->count = true;
$queryParameters->orderby = ['displayName'];
$queryParameters->search = '"displayName:Okafor"';
$queryParameters->select = ['displayName', 'id'];
$requestConfiguration->queryParameters = $queryParameters;
$requestConfiguration->headers = ['ConsistencyLevel' => 'eventual'];

$result = $graphServiceClient
    ->groups()
    ->byGroupId('group-id')
    ->members()
    ->graphUser()
    ->get($requestConfiguration)
    ->wait();
