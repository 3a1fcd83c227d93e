<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\OpenTypeExtension;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new OpenTypeExtension();
$requestBody->setOdataType('microsoft.graph.openTypeExtension');
$requestBody->setExtensionName('com.fabrikam.kioskSettings');
$requestBody->setAdditionalData([
    'theme' => 'high-contrast',
    'fontScale' => 1.25,
    'pinnedApps' => ['timesheet', 'badge'],
    'layout' => ['columns' => 3, 'compact' => false],
]);

$result = $graphServiceClient->me()->extensions()->post($requestBody)->wait();
