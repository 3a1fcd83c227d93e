<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\AssignLicense\AssignLicensePostRequestBody;
use Microsoft\Graph\Generated\Models\AssignedLicense;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new AssignLicensePostRequestBody();
$addLicensesAssignedLicense1 = new AssignedLicense();
$addLicensesAssignedLicense1->setDisabledPlans([]);
$addLicensesAssignedLicense1->setSkuId('00000000-0000-0000-0000-000000000000');
$requestBody->setAddLicenses([$addLicensesAssignedLicense1]);
$requestBody->setRemoveLicenses(['00000000-0000-0000-0000-000000000000']);

$result = $graphServiceClient
    ->users()
    ->byUserId('user-id')
    ->assignLicense()
    ->post($requestBody)
    ->wait();
