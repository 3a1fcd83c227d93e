<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\CalendarView\Delta\DeltaRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new DeltaRequestBuilderGetRequestConfiguration();
$queryParameters = DeltaRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->startDateTime = '2025-04-07T00:00:00Z';
$queryParameters->endDateTime = '2025-04-14T00:00:00Z';
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->me()
    ->calendarView()
    ->delta()
    ->get($requestConfiguration)
    ->wait();
