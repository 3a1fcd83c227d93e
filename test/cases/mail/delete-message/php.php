<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$graphServiceClient
    ->me()
    ->messages()
    ->byMessageId('message-id')
    ->delete()
    ->wait();
