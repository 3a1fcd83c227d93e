<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->directory()
    ->deletedItems()
    ->byDirectoryObjectId('directoryObject-id')
    ->restore()
    ->post()
    ->wait();
