<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\DriveItem;
use Microsoft\Graph\Generated\Models\Folder;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new DriveItem();
$requestBody->setName('Receipts 2025');
$folder = new Folder();
$requestBody->setFolder($folder);
$requestBody->setAdditionalData([
    '@microsoft.graph.conflictBehavior' => 'fail',
]);

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('root')
    ->children()
    ->post($requestBody)
    ->wait();
