<?php

use Microsoft\Graph\GraphServiceClient;
use GuzzleHttp\Psr7\Utils;
use Microsoft\Graph\Generated\Drives\Item\Items\Item\Content\ContentRequestBuilderPutRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = Utils::streamFor('Shelf 7: 42 jars of quince jam, 18 of fig.');

$requestConfiguration = new ContentRequestBuilderPutRequestConfiguration();
$requestConfiguration->headers = ['Content-type' => 'text/plain'];

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->content()
    ->put($requestBody, $requestConfiguration)
    ->wait();
