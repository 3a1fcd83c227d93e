<?php

use Microsoft\Graph\Beta\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$graphServiceClient
    ->servicePrincipals()
    ->byServicePrincipalId('7c1e9a52-3d60-4b8f-a2e4-d5f0c81b96a3')
    ->synchronization()
    ->jobs()
    ->bySynchronizationJobId('fabrikamHR.0e4b3c2a1f9d8e7c')
    ->start()
    ->post()
    ->wait();
