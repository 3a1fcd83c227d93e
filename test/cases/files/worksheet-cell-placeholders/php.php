<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('driveItem-id')
    ->workbook()
    ->worksheets()
    ->byWorkbookWorksheetId('workbookWorksheet-id')
    ->cellWithRowWithColumn(0, 0)
    ->get()
    ->wait();
