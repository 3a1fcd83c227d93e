<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->me()
    ->messages()
    ->byMessageId('message-id')
    ->content()
    ->get()
    ->wait();
