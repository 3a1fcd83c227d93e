<?php

use Microsoft\Graph\Beta\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$graphServiceClient
    ->me()
    ->profile()
    ->interests()
    ->byPersonInterestId('personInterest-id')
    ->delete()
    ->wait();
