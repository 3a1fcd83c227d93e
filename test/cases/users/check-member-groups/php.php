<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\CheckMemberGroups\CheckMemberGroupsPostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new CheckMemberGroupsPostRequestBody();
$requestBody->setGroupIds([
    '8e3a1f55-2c47-4b90-9d1e-6f0a4c7b2e18',
    'f19b7c02-5a6e-43d8-b0c4-97e2a1d36f4b',
]);

$result = $graphServiceClient
    ->me()
    ->checkMemberGroups()
    ->post($requestBody)
    ->wait();
