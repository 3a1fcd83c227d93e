<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\AuditLogs\Provisioning\ProvisioningRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new ProvisioningRequestBuilderGetRequestConfiguration();
$queryParameters = ProvisioningRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->filter = 'jobId eq \'fabrikamHR.0e4b3c2a1f9d8e7c\'';
$queryParameters->top = 25;
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->auditLogs()
    ->provisioning()
    ->get($requestConfiguration)
    ->wait();
