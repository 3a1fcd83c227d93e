<?php

use Microsoft\Graph\GraphServiceClient;
use GuzzleHttp\Psr7\Utils;
use Microsoft\Graph\Generated\Drives\Item\Items\Item\Content\ContentRequestBuilderPutRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = Utils::streamFor('Draft of the annual report.');

$requestConfiguration = new ContentRequestBuilderPutRequestConfiguration();
$requestConfiguration->headers = ['Content-type' => 'text/plain'];

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('root:/Documents/report.docx:')
    ->content()
    ->put($requestBody, $requestConfiguration)
    ->wait();
