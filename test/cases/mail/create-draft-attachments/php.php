<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Message;
use Microsoft\Graph\Generated\Models\Recipient;
use Microsoft\Graph\Generated\Models\EmailAddress;
use Microsoft\Graph\Generated\Models\FileAttachment;
use GuzzleHttp\Psr7\Utils;
use Microsoft\Graph\Generated\Models\ItemAttachment;
use Microsoft\Graph\Generated\Models\Event;
use Microsoft\Graph\Generated\Models\DateTimeTimeZone;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Message();
$requestBody->setSubject('Signed lease and the viewing');
$from = new Recipient();
$fromEmailAddress = new EmailAddress();
$fromEmailAddress->setName('Rental office');
$fromEmailAddress->setAddress('leasing@fabrikam.example');
$from->setEmailAddress($fromEmailAddress);
$requestBody->setFrom($from);
$attachmentsFileAttachment1 = new FileAttachment();
$attachmentsFileAttachment1->setOdataType('#microsoft.graph.fileAttachment');
$attachmentsFileAttachment1->setName('lease.txt');
$attachmentsFileAttachment1->setContentType('text/plain');
$attachmentsFileAttachment1->setContentBytes(
    Utils::streamFor(base64_decode('TGVhc2Ugc2lnbmVkIG9uIDIwMjUtMDItMTQu')),
);
$attachmentsItemAttachment2 = new ItemAttachment();
$attachmentsItemAttachment2->setOdataType('#microsoft.graph.itemAttachment');
$attachmentsItemAttachment2->setName('Viewing');
$attachmentsItemAttachment2Item = new Event();
$attachmentsItemAttachment2Item->setOdataType('#microsoft.graph.event');
$attachmentsItemAttachment2Item->setSubject('Apartment viewing');
$attachmentsItemAttachment2ItemStart = new DateTimeTimeZone();
$attachmentsItemAttachment2ItemStart->setDateTime('2025-02-20T16:30:00');
$attachmentsItemAttachment2ItemStart->setTimeZone('Pacific Standard Time');
$attachmentsItemAttachment2Item->setStart($attachmentsItemAttachment2ItemStart);
$attachmentsItemAttachment2ItemEnd = new DateTimeTimeZone();
$attachmentsItemAttachment2ItemEnd->setDateTime('2025-02-20T17:00:00');
$attachmentsItemAttachment2ItemEnd->setTimeZone('Pacific Standard Time');
$attachmentsItemAttachment2Item->setEnd($attachmentsItemAttachment2ItemEnd);
$attachmentsItemAttachment2->setItem($attachmentsItemAttachment2Item);
$requestBody->setAttachments([
    $attachmentsFileAttachment1,
    $attachmentsItemAttachment2,
]);

$result = $graphServiceClient->me()->messages()->post($requestBody)->wait();
