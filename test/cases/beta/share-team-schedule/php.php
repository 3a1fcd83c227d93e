<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Teams\Item\Schedule\Share\SharePostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new SharePostRequestBody();
$requestBody->setNotifyTeam(true);
$requestBody->setStartDateTime(new \DateTime('2026-03-02T00:00:00Z'));
$requestBody->setEndDateTime(new \DateTime('2026-03-09T00:00:00Z'));

$graphServiceClient
    ->teams()
    ->byTeamId('6b0f3e2d-9a41-4c75-b8d2-1e7f0c93a5b4')
    ->schedule()
    ->share()
    ->post($requestBody)
    ->wait();
