<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Directory\DeletedItems\GraphGroup\GraphGroupRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new GraphGroupRequestBuilderGetRequestConfiguration();
$queryParameters = GraphGroupRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->select = ['id', 'displayName', 'deletedDateTime'];
$queryParameters->orderby = ['deletedDateTime desc'];
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->directory()
    ->deletedItems()
    ->graphGroup()
    ->get($requestConfiguration)
    ->wait();
