<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Users\Item\Profile\Skills\SkillsRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new SkillsRequestBuilderGetRequestConfiguration();
$queryParameters = SkillsRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->select = ['displayName', 'proficiency'];
$queryParameters->top = 5;
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->me()
    ->profile()
    ->skills()
    ->get($requestConfiguration)
    ->wait();
