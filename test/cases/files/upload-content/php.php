<?php

use Microsoft\Graph\GraphServiceClient;
use GuzzleHttp\Psr7\Utils;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = Utils::streamFor('Shelf 7: 42 jars of quince jam, 18 of fig.');

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->content()
    ->put($requestBody)
    ->wait();
