<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Sites\Item\Sites\SitesRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new SitesRequestBuilderGetRequestConfiguration();
$queryParameters = SitesRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->select = ['id', 'displayName'];
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->sites()
    ->bySiteId('site-id')
    ->sites()
    ->get($requestConfiguration)
    ->wait();
