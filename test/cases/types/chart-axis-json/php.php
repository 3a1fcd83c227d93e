<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\WorkbookChartAxis;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new WorkbookChartAxis();
$requestBody->setAdditionalData([
    'majorUnit' => 25,
    'maximum' => 200,
    'minimum' => ['auto' => true],
]);

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->workbook()
    ->worksheets()
    ->byWorkbookWorksheetId('workbookWorksheet-id')
    ->charts()
    ->byWorkbookChartId('workbookChart-id')
    ->axes()
    ->valueAxis()
    ->patch($requestBody)
    ->wait();
