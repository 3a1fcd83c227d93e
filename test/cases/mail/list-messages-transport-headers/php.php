<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\Messages\MessagesRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new MessagesRequestBuilderGetRequestConfiguration();
$queryParameters = MessagesRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->select = ['subject'];
$queryParameters->top = 5;
$requestConfiguration->queryParameters = $queryParameters;
$requestConfiguration->headers = [
    'Prefer' => 'outlook.body-content-type="text"',
];

$result = $graphServiceClient
    ->me()
    ->messages()
    ->get($requestConfiguration)
    ->wait();
