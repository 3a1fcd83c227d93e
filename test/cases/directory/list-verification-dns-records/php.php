<?php

use Microsoft\Graph\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->domains()
    ->byDomainId('contoso.com')
    ->verificationDnsRecords()
    ->get()
    ->wait();
