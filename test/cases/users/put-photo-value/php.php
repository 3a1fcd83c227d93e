<?php

use Microsoft\Graph\GraphServiceClient;
use GuzzleHttp\Psr7\Utils;
use Microsoft\Graph\Generated\Users\Item\Photo\Value\ContentRequestBuilderPutRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = Utils::streamFor('Binary data for the image');

$requestConfiguration = new ContentRequestBuilderPutRequestConfiguration();
$requestConfiguration->headers = ['Content-type' => 'image/jpeg'];

$graphServiceClient
    ->me()
    ->photo()
    ->content()
    ->put($requestBody, $requestConfiguration)
    ->wait();
