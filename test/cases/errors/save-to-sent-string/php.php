<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\SendMail\SendMailPostRequestBody;
use Microsoft\Graph\Generated\Models\Message;
use Microsoft\Graph\Generated\Models\Recipient;
use Microsoft\Graph\Generated\Models\EmailAddress;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new SendMailPostRequestBody();
$message = new Message();
$message->setSubject('Gate code changed');
$messageToRecipientsRecipient1 = new Recipient();
$messageToRecipientsRecipient1EmailAddress = new EmailAddress();
$messageToRecipientsRecipient1EmailAddress->setAddress(
    'tenants@fabrikam.example',
);
$messageToRecipientsRecipient1->setEmailAddress(
    $messageToRecipientsRecipient1EmailAddress,
);
$message->setToRecipients([$messageToRecipientsRecipient1]);
$requestBody->setMessage($message);
$requestBody->setSaveToSentItems(false);

$graphServiceClient->me()->sendMail()->post($requestBody)->wait();
