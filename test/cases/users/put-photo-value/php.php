<?php

use Microsoft\Graph\GraphServiceClient;
use GuzzleHttp\Psr7\Utils;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = Utils::streamFor('Binary data for the image');

$result = $graphServiceClient
    ->me()
    ->photo()
    ->content()
    ->put($requestBody)
    ->wait();
