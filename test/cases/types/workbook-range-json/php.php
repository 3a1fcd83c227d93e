<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\WorkbookRange;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new WorkbookRange();
$requestBody->setValues([['Item', 'Qty', 'Total'], ['Lamp', 4, '=B2*19.9']]);
$requestBody->setNumberFormat([[null, null, null], [null, '0', '0.00']]);

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->workbook()
    ->worksheets()
    ->byWorkbookWorksheetId('workbookWorksheet-id')
    ->rangeWithAddress('A1:C2')
    ->patch($requestBody)
    ->wait();
