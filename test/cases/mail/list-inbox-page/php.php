<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\MailFolders\Item\Messages\MessagesRequestBuilderGetRequestConfiguration;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestConfiguration = new MessagesRequestBuilderGetRequestConfiguration();
$queryParameters = MessagesRequestBuilderGetRequestConfiguration::createQueryParameters();
$queryParameters->filter = 'isRead eq false';
$queryParameters->select = ['subject', 'from', 'receivedDateTime'];
$queryParameters->top = 10;
$queryParameters->skip = 10;
$requestConfiguration->queryParameters = $queryParameters;
$requestConfiguration->headers = [
    'Prefer' => 'outlook.body-content-type="text"',
];

$result = $graphServiceClient
    ->me()
    ->mailFolders()
    ->byMailFolderId('inbox')
    ->messages()
    ->get($requestConfiguration)
    ->wait();
