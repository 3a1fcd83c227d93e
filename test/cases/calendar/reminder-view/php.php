<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->me()
    ->reminderViewWithStartDateTimeWithEndDateTime(
        startDateTime: '2025-04-01T09:00:00.0000000',
        endDateTime: '2025-04-02T18:00:00.0000000',
    )
    ->get()
    ->wait();
