<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Reports\GetOffice365ActiveUserDetailWithPeriod\GetOffice365ActiveUserDetailWithPeriodRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new GetOffice365ActiveUserDetailWithPeriodRequestBuilderGetRequestConfiguration();
$queryParameters = GetOffice365ActiveUserDetailWithPeriodRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->format = 'application/json';
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->reports()
    ->getOffice365ActiveUserDetailWithPeriod('D30')
    ->get($requestConfiguration)
    ->wait();
