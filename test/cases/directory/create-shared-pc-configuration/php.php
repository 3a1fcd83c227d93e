<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\SharedPCConfiguration;
use Microsoft\Graph\Generated\Models\SharedPCAllowedAccountType;
use Microsoft\Graph\Generated\Models\SharedPCAccountManagerPolicy;
use Microsoft\Graph\Generated\Models\SharedPCAccountDeletionPolicyType;
use Microsoft\Kiota\Abstractions\Types\Time;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new SharedPCConfiguration();
$requestBody->setOdataType('#microsoft.graph.sharedPCConfiguration');
$requestBody->setDisplayName('Library kiosks');
$requestBody->setDescription('Shared PCs at the front desk');
$requestBody->setAllowedAccounts(
    new SharedPCAllowedAccountType('guest,domain'),
);
$accountManagerPolicy = new SharedPCAccountManagerPolicy();
$accountManagerPolicy->setAccountDeletionPolicy(
    new SharedPCAccountDeletionPolicyType('diskSpaceThreshold'),
);
$accountManagerPolicy->setCacheAccountsAboveDiskFreePercentage(40);
$accountManagerPolicy->setRemoveAccountsBelowDiskFreePercentage(15);
$requestBody->setAccountManagerPolicy($accountManagerPolicy);
$requestBody->setAllowLocalStorage(false);
$requestBody->setEnabled(true);
$requestBody->setIdleTimeBeforeSleepInSeconds(900);
$requestBody->setMaintenanceStartTime(new Time('02:30:00'));

$result = $graphServiceClient
    ->deviceManagement()
    ->deviceConfigurations()
    ->post($requestBody)
    ->wait();
