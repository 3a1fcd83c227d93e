<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\WorkbookChartAxis;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new WorkbookChartAxis();
$requestBody->setMajorUnit(25);
$requestBody->setMaximum(200);
$requestBody->setMinimum(['auto' => true]);

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
