<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Drives\Item\Items\Item\Workbook\Worksheets\Item\Protection\Protect\ProtectPostRequestBody;
use Microsoft\Graph\Beta\Generated\Models\WorkbookWorksheetProtectionOptions;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ProtectPostRequestBody();
$options = new WorkbookWorksheetProtectionOptions();
$options->setAllowFormatCells(false);
$options->setAllowInsertRows(true);
$options->setAllowDeleteRows(false);
$options->setAllowSort(true);
$options->setAllowAutoFilter(true);
$requestBody->setOptions($options);

$graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ')
    ->workbook()
    ->worksheets()
    ->byWorkbookWorksheetId('Budget')
    ->protection()
    ->protect()
    ->post($requestBody)
    ->wait();
