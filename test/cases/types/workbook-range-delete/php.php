<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Drives\Item\Items\Item\Workbook\Names\Item\Range\Delete\DeletePostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new DeletePostRequestBody();
$requestBody->setShift('Up');

$graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->workbook()
    ->names()
    ->byWorkbookNamedItemId('workbookNamedItem-id')
    ->range()
    ->deletePath()
    ->post($requestBody)
    ->wait();
