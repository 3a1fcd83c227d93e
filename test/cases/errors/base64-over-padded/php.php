<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\FileAttachment;
use GuzzleHttp\Psr7\Utils;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new FileAttachment();
$requestBody->setOdataType('#microsoft.graph.fileAttachment');
$requestBody->setName('hello.txt');
$requestBody->setContentBytes(
    Utils::streamFor(base64_decode('SGVsbG8gd29ybGQ=')),
);

$result = $graphServiceClient
    ->me()
    ->messages()
    ->byMessageId('message-id')
    ->attachments()
    ->post($requestBody)
    ->wait();
