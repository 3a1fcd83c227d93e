<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Application;
use Microsoft\Graph\Generated\ApplicationsWithUniqueName\ApplicationsWithUniqueNameRequestBuilderPutRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Application();
$requestBody->setDisplayName('Fabrikam Timesheets');
$requestBody->setSignInAudience('AzureADMyOrg');
$requestBody->setTags(['hr', 'timekeeping']);

$requestConfiguration = new ApplicationsWithUniqueNameRequestBuilderPutRequestConfiguration();
$requestConfiguration->headers = ['Prefer' => 'create-if-missing'];

$result = $graphServiceClient
    ->applicationsWithUniqueName('fabrikam-timesheets')
    ->put($requestBody, $requestConfiguration)
    ->wait();
