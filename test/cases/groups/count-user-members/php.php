<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Groups\Item\Members\GraphUser\Count\CountRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new CountRequestBuilderGetRequestConfiguration();
$requestConfiguration->headers = ['ConsistencyLevel' => 'eventual'];

$result = $graphServiceClient
    ->groups()
    ->byGroupId('group-id')
    ->members()
    ->graphUser()
    ->count()
    ->get($requestConfiguration)
    ->wait();
