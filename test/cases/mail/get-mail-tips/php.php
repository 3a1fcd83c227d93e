<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\GetMailTips\GetMailTipsPostRequestBody;
use Microsoft\Graph\Generated\Models\MailTipsType;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new GetMailTipsPostRequestBody();
$requestBody->setEmailAddresses([
    'kwame.boateng@fabrikam.example',
    'orders@fabrikam.example',
]);
$requestBody->setMailTipsOptions(
    new MailTipsType('automaticReplies,mailboxFullStatus'),
);

$result = $graphServiceClient->me()->getMailTips()->post($requestBody)->wait();
