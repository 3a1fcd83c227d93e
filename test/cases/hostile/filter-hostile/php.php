<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\UsersRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new UsersRequestBuilderGetRequestConfiguration();
$queryParameters = UsersRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->filter =
    'displayName eq \'Zoë \'\'Z\'\' "Q" $x ${y} `z` 100% \\ */ ?> 中文 😀\'';
$queryParameters->select = ['id', 'displayName'];
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient->users()->get($requestConfiguration)->wait();
