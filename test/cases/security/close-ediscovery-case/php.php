<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$graphServiceClient
    ->security()
    ->cases()
    ->ediscoveryCases()
    ->byEdiscoveryCaseId('ediscoveryCaseId')
    ->microsoftGraphSecurityClose()
    ->post()
    ->wait();
