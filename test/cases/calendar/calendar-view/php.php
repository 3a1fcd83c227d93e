<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\CalendarView\CalendarViewRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new CalendarViewRequestBuilderGetRequestConfiguration();
$queryParameters = CalendarViewRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->startDateTime = '2025-03-02T08:00:00-08:00';
$queryParameters->endDateTime = '2025-03-09T08:00:00-08:00';
$queryParameters->select = ['subject', 'organizer', 'start', 'end'];
$queryParameters->orderby = ['start/dateTime'];
$requestConfiguration->queryParameters = $queryParameters;
$requestConfiguration->headers = [
    'Prefer' => 'outlook.timezone="Pacific Standard Time"',
];

$result = $graphServiceClient
    ->me()
    ->calendarView()
    ->get($requestConfiguration)
    ->wait();
