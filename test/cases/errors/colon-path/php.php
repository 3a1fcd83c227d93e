<?php

use Microsoft\Graph\GraphServiceClient;
use GuzzleHttp\Psr7\Utils;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = Utils::streamFor('Draft of the annual report.');

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('root:/Documents/report.docx:')
    ->content()
    ->put($requestBody)
    ->wait();
