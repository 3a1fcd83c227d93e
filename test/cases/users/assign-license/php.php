<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\AssignLicense\AssignLicensePostRequestBody;
use Microsoft\Graph\Generated\Models\AssignedLicense;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new AssignLicensePostRequestBody();
$addLicensesAssignedLicense1 = new AssignedLicense();
$addLicensesAssignedLicense1->setDisabledPlans([
    '6b5d4f2a-93c1-4e07-b8a2-1f0c9d3e7a55',
]);
$addLicensesAssignedLicense1->setSkuId('c2e41a7b-0f38-4d9e-a6b1-58d7e3f9024c');
$requestBody->setAddLicenses([$addLicensesAssignedLicense1]);
$requestBody->setRemoveLicenses([]);

$result = $graphServiceClient
    ->users()
    ->byUserId('user-id')
    ->assignLicense()
    ->post($requestBody)
    ->wait();
