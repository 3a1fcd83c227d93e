<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\SendMail\SendMailPostRequestBody;
use Microsoft\Graph\Generated\Models\Message;
use Microsoft\Graph\Generated\Models\ItemBody;
use Microsoft\Graph\Generated\Models\BodyType;
use Microsoft\Graph\Generated\Models\Recipient;
use Microsoft\Graph\Generated\Models\EmailAddress;
use Microsoft\Graph\Generated\Models\Importance;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new SendMailPostRequestBody();
$message = new Message();
$message->setSubject('Quarterly inventory count on Friday');
$messageBody = new ItemBody();
$messageBody->setContentType(new BodyType('text'));
$messageBody->setContent(
    'Please finish the shelf count for aisle 7 before noon.',
);
$message->setBody($messageBody);
$messageToRecipientsRecipient1 = new Recipient();
$messageToRecipientsRecipient1EmailAddress = new EmailAddress();
$messageToRecipientsRecipient1EmailAddress->setAddress(
    'ines.duarte@fabrikam.example',
);
$messageToRecipientsRecipient1->setEmailAddress(
    $messageToRecipientsRecipient1EmailAddress,
);
$message->setToRecipients([$messageToRecipientsRecipient1]);
$messageCcRecipientsRecipient1 = new Recipient();
$messageCcRecipientsRecipient1EmailAddress = new EmailAddress();
$messageCcRecipientsRecipient1EmailAddress->setName('Warehouse team');
$messageCcRecipientsRecipient1EmailAddress->setAddress(
    'warehouse@fabrikam.example',
);
$messageCcRecipientsRecipient1->setEmailAddress(
    $messageCcRecipientsRecipient1EmailAddress,
);
$message->setCcRecipients([$messageCcRecipientsRecipient1]);
$message->setImportance(new Importance('high'));
$requestBody->setMessage($message);
$requestBody->setSaveToSentItems(true);

$graphServiceClient->me()->sendMail()->post($requestBody)->wait();
