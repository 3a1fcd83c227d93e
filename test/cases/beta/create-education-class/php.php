<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Models\EducationClass;
use Microsoft\Graph\Beta\Generated\Models\EducationExternalSource;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new EducationClass();
$requestBody->setDisplayName('Chemistry 2B');
$requestBody->setDescription('Second-year chemistry, group B');
$requestBody->setClassCode('CHEM-2B');
$requestBody->setExternalId('sis-40871');
$requestBody->setExternalName('Chemistry year 2 group B');
$requestBody->setExternalSource(new EducationExternalSource('sis'));
$requestBody->setMailNickname('chem2b');

$result = $graphServiceClient
    ->education()
    ->classes()
    ->post($requestBody)
    ->wait();
