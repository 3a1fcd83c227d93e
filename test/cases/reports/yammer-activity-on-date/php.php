<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Kiota\Abstractions\Types\Date;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->reports()
    ->getYammerActivityUserDetailWithDate(new Date('2025-05-19'))
    ->get()
    ->wait();
