<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Me\MeRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new MeRequestBuilderGetRequestConfiguration();
$queryParameters = MeRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->select = ['displayName', 'preferredLanguage'];
$queryParameters->format = 'application/json';
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient->me()->get($requestConfiguration)->wait();
