<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Kiota\Abstractions\Types\Date;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->reports()
    ->getTeamsUserActivityUserDetailWithDate(new Date('2025-01-15'))
    ->get()
    ->wait();
