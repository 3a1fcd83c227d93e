<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Groups\Count\CountRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new CountRequestBuilderGetRequestConfiguration();
$requestConfiguration->headers = ['ConsistencyLevel' => 'eventual'];

$result = $graphServiceClient
    ->groups()
    ->count()
    ->get($requestConfiguration)
    ->wait();
