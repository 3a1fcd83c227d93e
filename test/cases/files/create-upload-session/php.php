<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Drives\Item\Items\Item\CreateUploadSession\CreateUploadSessionPostRequestBody;
use Microsoft\Graph\Generated\Models\DriveItemUploadableProperties;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new CreateUploadSessionPostRequestBody();
$item = new DriveItemUploadableProperties();
$item->setName('site-survey-2025.mp4');
$item->setDescription('Drone footage of the north field');
$item->setFileSize(5368709120);
$item->setAdditionalData(['@microsoft.graph.conflictBehavior' => 'rename']);
$requestBody->setItem($item);
$requestBody->setAdditionalData(['deferCommit' => true]);

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->createUploadSession()
    ->post($requestBody)
    ->wait();
