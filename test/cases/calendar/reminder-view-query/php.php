<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\ReminderViewWithStartDateTimeWithEndDateTime\ReminderViewWithStartDateTimeWithEndDateTimeRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new ReminderViewWithStartDateTimeWithEndDateTimeRequestBuilderGetRequestConfiguration();
$queryParameters = ReminderViewWithStartDateTimeWithEndDateTimeRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->filter = 'eventSubject eq \'Team \'\'sync\'\'\'';
$queryParameters->top = 2;
$requestConfiguration->queryParameters = $queryParameters;
$requestConfiguration->headers = [
    'Prefer' => 'outlook.timezone="Pacific Standard Time"',
];

$result = $graphServiceClient
    ->me()
    ->reminderViewWithStartDateTimeWithEndDateTime(
        startDateTime: '2025-04-01T09:00:00+02:00',
        endDateTime: '2025-04-02T18:00:00+02:00',
    )
    ->get($requestConfiguration)
    ->wait();
