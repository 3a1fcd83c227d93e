<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\SendMail\SendMailPostRequestBody;
use Microsoft\Graph\Generated\Models\Message;
use Microsoft\Graph\Generated\Models\ItemBody;
use Microsoft\Graph\Generated\Models\BodyType;
use Microsoft\Graph\Generated\Models\Recipient;
use Microsoft\Graph\Generated\Models\EmailAddress;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new SendMailPostRequestBody();
$message = new Message();
$message->setSubject('Re: "Q3" plan — Ana\'s \'final\' `draft` “v2” ‘b’ «c»');
$messageBody = new ItemBody();
$messageBody->setContentType(new BodyType('text'));
$messageBody->setContent(
    "Path: C:\\Users\\ana\\plan.docx\nRegex: ^\\d+\\.\\d*\$ and a literal \\n stays\n\tIndented line\r\nEnd \\\" quote",
);
$message->setBody($messageBody);
$messageToRecipientsRecipient1 = new Recipient();
$messageToRecipientsRecipient1EmailAddress = new EmailAddress();
$messageToRecipientsRecipient1EmailAddress->setName('O\'Neil, "Sam"');
$messageToRecipientsRecipient1EmailAddress->setAddress(
    'sam.oneil@fabrikam.example',
);
$messageToRecipientsRecipient1->setEmailAddress(
    $messageToRecipientsRecipient1EmailAddress,
);
$message->setToRecipients([$messageToRecipientsRecipient1]);
$requestBody->setMessage($message);
$requestBody->setSaveToSentItems(false);

$graphServiceClient->me()->sendMail()->post($requestBody)->wait();
