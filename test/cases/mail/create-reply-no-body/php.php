<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\Messages\Item\CreateReply\CreateReplyPostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new CreateReplyPostRequestBody();

$result = $graphServiceClient
    ->me()
    ->messages()
    ->byMessageId('message-id')
    ->createReply()
    ->post($requestBody)
    ->wait();
