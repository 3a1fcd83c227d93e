<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->drives()
    ->byDriveId('drive-id')
    ->items()
    ->byDriveItemId('item-id')
    ->workbook()
    ->tables()
    ->byWorkbookTableId('table-id')
    ->columns()
    ->itemAtWithIndex(1)
    ->get()
    ->wait();
