<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Calendar;
use Microsoft\Graph\Generated\Models\CalendarColor;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Calendar();
$requestBody->setColor(new CalendarColor('lightGreen'));

$result = $graphServiceClient->me()->calendar()->patch($requestBody)->wait();
