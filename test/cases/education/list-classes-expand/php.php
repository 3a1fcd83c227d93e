<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Education\Schools\Item\Classes\ClassesRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new ClassesRequestBuilderGetRequestConfiguration();
$queryParameters = ClassesRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->expand = ['teachers($select=id,displayName)'];
$queryParameters->orderby = ['displayName'];
$queryParameters->top = 30;
$requestConfiguration->queryParameters = $queryParameters;

$result = $graphServiceClient
    ->education()
    ->schools()
    ->byEducationSchoolId('educationSchool-id')
    ->classes()
    ->get($requestConfiguration)
    ->wait();
