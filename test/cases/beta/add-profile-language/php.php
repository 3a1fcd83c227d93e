<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Models\LanguageProficiency;
use Microsoft\Graph\Beta\Generated\Models\LanguageProficiencyLevel;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new LanguageProficiency();
$requestBody->setDisplayName('Portuguese');
$requestBody->setTag('pt-BR');
$requestBody->setSpoken(new LanguageProficiencyLevel('nativeOrBilingual'));
$requestBody->setWritten(new LanguageProficiencyLevel('fullProfessional'));
$requestBody->setReading(new LanguageProficiencyLevel('nativeOrBilingual'));

$result = $graphServiceClient
    ->me()
    ->profile()
    ->languages()
    ->post($requestBody)
    ->wait();
