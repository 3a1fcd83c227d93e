<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->identityProviders()
    ->byIdentityProviderId('identityProvider-id')
    ->get()
    ->wait();
