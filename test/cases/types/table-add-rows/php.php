<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Drives\Item\Items\Item\Workbook\Tables\Item\Rows\Add\AddPostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new AddPostRequestBody();
$requestBody->setIndex(null);
$requestBody->setAdditionalData([
    'values' => [['Oslo', 3, true], ['Kyiv', 5.5, null]],
]);

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->workbook()
    ->tables()
    ->byWorkbookTableId('workbookTable-id')
    ->rows()
    ->add()
    ->post($requestBody)
    ->wait();
