<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$graphServiceClient
    ->servicePrincipals()
    ->byServicePrincipalId('servicePrincipal-id')
    ->claimsMappingPolicies()
    ->byClaimsMappingPolicyId('claimsMappingPolicy-id')
    ->ref()
    ->delete()
    ->wait();
