<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Users\Item\FindMeetingTimes\FindMeetingTimesPostRequestBody;
use Microsoft\Graph\Generated\Models\AttendeeBase;
use Microsoft\Graph\Generated\Models\AttendeeType;
use Microsoft\Graph\Generated\Models\EmailAddress;
use Microsoft\Graph\Generated\Models\TimeConstraint;
use Microsoft\Graph\Generated\Models\ActivityDomain;
use Microsoft\Graph\Generated\Models\TimeSlot;
use Microsoft\Graph\Generated\Models\DateTimeTimeZone;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new FindMeetingTimesPostRequestBody();
$attendeesAttendeeBase1 = new AttendeeBase();
$attendeesAttendeeBase1->setType(new AttendeeType('required'));
$attendeesAttendeeBase1EmailAddress = new EmailAddress();
$attendeesAttendeeBase1EmailAddress->setName('Hana Kobayashi');
$attendeesAttendeeBase1EmailAddress->setAddress('hana.k@fabrikam.example');
$attendeesAttendeeBase1->setEmailAddress($attendeesAttendeeBase1EmailAddress);
$attendeesAttendeeBase2 = new AttendeeBase();
$attendeesAttendeeBase2->setType(new AttendeeType('optional'));
$attendeesAttendeeBase2EmailAddress = new EmailAddress();
$attendeesAttendeeBase2EmailAddress->setAddress('facilities@fabrikam.example');
$attendeesAttendeeBase2->setEmailAddress($attendeesAttendeeBase2EmailAddress);
$requestBody->setAttendees([$attendeesAttendeeBase1, $attendeesAttendeeBase2]);
$timeConstraint = new TimeConstraint();
$timeConstraint->setActivityDomain(new ActivityDomain('work'));
$timeConstraintTimeSlotsTimeSlot1 = new TimeSlot();
$timeConstraintTimeSlotsTimeSlot1Start = new DateTimeTimeZone();
$timeConstraintTimeSlotsTimeSlot1Start->setDateTime('2025-05-12T09:00:00');
$timeConstraintTimeSlotsTimeSlot1Start->setTimeZone('Tokyo Standard Time');
$timeConstraintTimeSlotsTimeSlot1->setStart(
    $timeConstraintTimeSlotsTimeSlot1Start,
);
$timeConstraintTimeSlotsTimeSlot1End = new DateTimeTimeZone();
$timeConstraintTimeSlotsTimeSlot1End->setDateTime('2025-05-16T18:00:00');
$timeConstraintTimeSlotsTimeSlot1End->setTimeZone('Tokyo Standard Time');
$timeConstraintTimeSlotsTimeSlot1->setEnd($timeConstraintTimeSlotsTimeSlot1End);
$timeConstraint->setTimeSlots([$timeConstraintTimeSlotsTimeSlot1]);
$requestBody->setTimeConstraint($timeConstraint);
$requestBody->setMeetingDuration(new \DateInterval('PT1H30M'));
$requestBody->setMaxCandidates(5);
$requestBody->setIsOrganizerOptional(false);
$requestBody->setReturnSuggestionReasons(true);
$requestBody->setMinimumAttendeePercentage(66.5);

$result = $graphServiceClient
    ->me()
    ->findMeetingTimes()
    ->post($requestBody)
    ->wait();
