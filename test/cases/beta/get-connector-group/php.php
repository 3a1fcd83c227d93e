<?php

use Microsoft\Graph\Beta\GraphServiceClient;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$result = $graphServiceClient
    ->connectorGroups()
    ->byConnectorGroupId('connectorGroup-id')
    ->get()
    ->wait();
