<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Delta\DeltaRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new DeltaRequestBuilderGetRequestConfiguration();
$queryParameters = DeltaRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->select = ['displayName', 'givenName', 'surname'];
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->users()
    ->delta()
    ->get($requestConfiguration)
    ->wait();
