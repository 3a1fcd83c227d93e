<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->reports()
    ->getEmailActivityCountsWithPeriod('D7')
    ->get()
    ->wait();
