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
    ->cellWithRowWithColumn(row: 0, column: 0)
    ->get()
    ->wait();
