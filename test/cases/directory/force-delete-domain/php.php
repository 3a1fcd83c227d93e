<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Domains\Item\ForceDelete\ForceDeletePostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ForceDeletePostRequestBody();
$requestBody->setDisableUserAccounts(true);

$graphServiceClient
    ->domains()
    ->byDomainId('contoso.com')
    ->forceDelete()
    ->post($requestBody)
    ->wait();
