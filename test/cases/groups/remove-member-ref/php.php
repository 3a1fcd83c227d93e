<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$graphServiceClient
    ->groups()
    ->byGroupId('group-id')
    ->members()
    ->byDirectoryObjectId('directoryObject-id')
    ->ref()
    ->delete()
    ->wait();
