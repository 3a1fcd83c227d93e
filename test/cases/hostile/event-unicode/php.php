<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Event;
use Microsoft\Graph\Generated\Models\ItemBody;
use Microsoft\Graph\Generated\Models\BodyType;
use Microsoft\Graph\Generated\Models\DateTimeTimeZone;
use Microsoft\Graph\Generated\Models\Location;
use Microsoft\Graph\Generated\Models\Attendee;
use Microsoft\Graph\Generated\Models\AttendeeType;
use Microsoft\Graph\Generated\Models\EmailAddress;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Event();
$requestBody->setSubject('Café Zürich — 中文会议 🎉');
$body = new ItemBody();
$body->setContentType(new BodyType('text'));
$body->setContent(
    "Room: שלום\u{200F} (RLM after it), NUL: \u{0000}, bell: \u{0007}, escaped emoji: 🚀, line separator:\u{2028}end",
);
$requestBody->setBody($body);
$start = new DateTimeTimeZone();
$start->setDateTime('2025-08-04T10:00:00');
$start->setTimeZone('W. Europe Standard Time');
$requestBody->setStart($start);
$end = new DateTimeTimeZone();
$end->setDateTime('2025-08-04T11:00:00');
$end->setTimeZone('W. Europe Standard Time');
$requestBody->setEnd($end);
$location = new Location();
$location->setDisplayName('Üetlibergstraße 12, 8045 Zürich');
$requestBody->setLocation($location);
$attendeesAttendee1 = new Attendee();
$attendeesAttendee1->setType(new AttendeeType('required'));
$attendeesAttendee1EmailAddress = new EmailAddress();
$attendeesAttendee1EmailAddress->setName('李雷');
$attendeesAttendee1EmailAddress->setAddress('li.lei@fabrikam.example');
$attendeesAttendee1->setEmailAddress($attendeesAttendee1EmailAddress);
$requestBody->setAttendees([$attendeesAttendee1]);

$result = $graphServiceClient->me()->events()->post($requestBody)->wait();
