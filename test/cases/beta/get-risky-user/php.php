<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\RiskyUsers\Item\RiskyUserItemRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new RiskyUserItemRequestBuilderGetRequestConfiguration();
$queryParameters = RiskyUserItemRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->select = ['userPrincipalName', 'riskLevel', 'riskState'];
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->riskyUsers()
    ->byRiskyUserId('3f7a1d92-6b4e-4c08-9e25-a0d7c8b1f364')
    ->get($requestConfiguration)
    ->wait();
