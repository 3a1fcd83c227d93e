<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\DeviceManagementExportJob;
use Microsoft\Graph\Generated\Models\DeviceManagementReportFileFormat;
use Microsoft\Graph\Generated\Models\DeviceManagementExportJobLocalizationType;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new DeviceManagementExportJob();
$requestBody->setReportName('Devices');
$requestBody->setSelect(['DeviceName', 'OSVersion']);
$requestBody->setFilter('(OwnerType eq \'1\')');
$requestBody->setFormat(new DeviceManagementReportFileFormat('csv'));
$requestBody->setLocalizationType(
    new DeviceManagementExportJobLocalizationType('replaceLocalizableValues'),
);

$result = $graphServiceClient
    ->deviceManagement()
    ->reports()
    ->exportJobs()
    ->post($requestBody)
    ->wait();
