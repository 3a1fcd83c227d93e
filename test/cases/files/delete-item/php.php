<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Drives\Item\Items\Item\DriveItemItemRequestBuilderDeleteRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new DriveItemItemRequestBuilderDeleteRequestConfiguration();
$requestConfiguration->headers = [
    'If-Match' => '"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3"',
];

$graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->delete($requestConfiguration)
    ->wait();
