<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Application;
use Microsoft\Graph\Generated\Models\KeyCredential;
use GuzzleHttp\Psr7\Utils;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Application();
$keyCredentialsKeyCredential1 = new KeyCredential();
$keyCredentialsKeyCredential1->setType('AsymmetricX509Cert');
$keyCredentialsKeyCredential1->setUsage('Verify');
$keyCredentialsKeyCredential1->setDisplayName('CN=build-agent');
$keyCredentialsKeyCredential1->setKeyId('9d6f1b3e-40a7-4c2d-b5e8-6a0c3f7d1e94');
$keyCredentialsKeyCredential1->setStartDateTime(
    new \DateTime('2025-01-01T00:00:00Z'),
);
$keyCredentialsKeyCredential1->setEndDateTime(
    new \DateTime('2026-01-01T00:00:00Z'),
);
$keyCredentialsKeyCredential1->setKey(
    Utils::streamFor(
        base64_decode('MIIBszCCAVmgAwIBAgIQXkRdZmFicmlrYW0tYnVpbGQ='),
    ),
);
$requestBody->setKeyCredentials([$keyCredentialsKeyCredential1]);

$result = $graphServiceClient
    ->applications()
    ->byApplicationId('application-id')
    ->patch($requestBody)
    ->wait();
