<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\DeviceManagement;
use Microsoft\Graph\Generated\Models\IntuneBrand;
use Microsoft\Graph\Generated\Models\RgbColor;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new DeviceManagement();
$intuneBrand = new IntuneBrand();
$intuneBrand->setDisplayName('Fabrikam IT');
$intuneBrand->setContactITEmailAddress('helpdesk@fabrikam.example');
$intuneBrandThemeColor = new RgbColor();
$intuneBrandThemeColor->setR('0');
$intuneBrandThemeColor->setG('120');
$intuneBrandThemeColor->setB('215');
$intuneBrand->setThemeColor($intuneBrandThemeColor);
$intuneBrand->setShowLogo(true);
$intuneBrand->setShowDisplayNameNextToLogo(false);
$requestBody->setIntuneBrand($intuneBrand);

$result = $graphServiceClient->deviceManagement()->patch($requestBody)->wait();
