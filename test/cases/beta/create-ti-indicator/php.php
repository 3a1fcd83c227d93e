<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Models\TiIndicator;
use Microsoft\Graph\Beta\Generated\Models\TiAction;
use Microsoft\Graph\Beta\Generated\Models\FileHashType;
use Microsoft\Graph\Beta\Generated\Models\TlpLevel;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new TiIndicator();
$requestBody->setAction(new TiAction('block'));
$requestBody->setConfidence(80);
$requestBody->setDescription(
    'Installer seen in the phishing campaign of week 6',
);
$requestBody->setExpirationDateTime(new \DateTime('2026-04-30T00:00:00Z'));
$requestBody->setExternalId('fabrikam-soc-20260210-017');
$requestBody->setFileHashType(new FileHashType('sha256'));
$requestBody->setFileHashValue(
    '3f9b0c1d8e2a7f6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b',
);
$requestBody->setSeverity(4);
$requestBody->setTags(['phishing', 'installer']);
$requestBody->setTargetProduct('Azure Sentinel');
$requestBody->setThreatType('Malware');
$requestBody->setTlpLevel(new TlpLevel('amber'));

$result = $graphServiceClient
    ->security()
    ->tiIndicators()
    ->post($requestBody)
    ->wait();
