<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->sharedWithMe()
    ->get()
    ->wait();
