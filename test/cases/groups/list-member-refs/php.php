<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->groups()
    ->byGroupId('group-id')
    ->members()
    ->ref()
    ->get()
    ->wait();
