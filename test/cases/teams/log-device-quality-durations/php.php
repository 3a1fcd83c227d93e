<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Communications\Calls\LogTeleconferenceDeviceQuality\LogTeleconferenceDeviceQualityPostRequestBody;
use Microsoft\Graph\Generated\Models\TeleconferenceDeviceQuality;
use Microsoft\Graph\Generated\Models\TeleconferenceDeviceAudioQuality;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new LogTeleconferenceDeviceQualityPostRequestBody();
$quality = new TeleconferenceDeviceQuality();
$quality->setCallChainId('8f2c4b1a-5d3e-4f60-9a7b-1c2d3e4f5a6b');
$quality->setParticipantId('2e9d7c6b-4a3f-4e21-8b0c-9d8e7f6a5b4c');
$quality->setDeviceName('Room 4.12 bar');
$qualityMediaQualityListTeleconferenceDeviceAudioQuality1 = new TeleconferenceDeviceAudioQuality();
$qualityMediaQualityListTeleconferenceDeviceAudioQuality1->setOdataType(
    '#microsoft.graph.teleconferenceDeviceAudioQuality',
);
$qualityMediaQualityListTeleconferenceDeviceAudioQuality1->setChannelIndex(1);
$qualityMediaQualityListTeleconferenceDeviceAudioQuality1->setMediaDuration(
    new \DateInterval('PT20M'),
);
$qualityMediaQualityListTeleconferenceDeviceAudioQuality1->setMaximumInboundJitter(
    new \DateInterval('PT0S'),
);
$qualityMediaQualityListTeleconferenceDeviceAudioQuality1->setAverageOutboundJitter(
    new \DateInterval('P9D'),
);
$qualityMediaQualityListTeleconferenceDeviceAudioQuality1->setAdditionalData([
    'averageInboundJitter' => 'PT0.03S',
]);
$quality->setMediaQualityList([
    $qualityMediaQualityListTeleconferenceDeviceAudioQuality1,
]);
$requestBody->setQuality($quality);

$graphServiceClient
    ->communications()
    ->calls()
    ->logTeleconferenceDeviceQuality()
    ->post($requestBody)
    ->wait();
