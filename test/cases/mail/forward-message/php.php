<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\Messages\Item\Forward\ForwardPostRequestBody;
use Microsoft\Graph\Generated\Models\Recipient;
use Microsoft\Graph\Generated\Models\EmailAddress;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ForwardPostRequestBody();
$requestBody->setComment('Forwarding the supplier\'s quote for review.');
$toRecipientsRecipient1 = new Recipient();
$toRecipientsRecipient1EmailAddress = new EmailAddress();
$toRecipientsRecipient1EmailAddress->setName('Priya Natarajan');
$toRecipientsRecipient1EmailAddress->setAddress('priya.n@fabrikam.example');
$toRecipientsRecipient1->setEmailAddress($toRecipientsRecipient1EmailAddress);
$requestBody->setToRecipients([$toRecipientsRecipient1]);

$graphServiceClient
    ->me()
    ->messages()
    ->byMessageId('message-id')
    ->forward()
    ->post($requestBody)
    ->wait();
