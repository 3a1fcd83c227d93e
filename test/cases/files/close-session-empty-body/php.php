<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Drives\Item\Items\Item\Workbook\CloseSession\CloseSessionRequestBuilderPostRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new CloseSessionRequestBuilderPostRequestConfiguration();
$requestConfiguration->headers = ['workbook-session-id' => '{session-id}'];

$graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->workbook()
    ->closeSession()
    ->post($requestConfiguration)
    ->wait();
