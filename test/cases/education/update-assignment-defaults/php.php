<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\EducationAssignmentDefaults;
use Microsoft\Kiota\Abstractions\Types\Time;
use Microsoft\Graph\Generated\Models\EducationAddedStudentAction;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new EducationAssignmentDefaults();
$requestBody->setDueTime(new Time('17:30:00'));
$requestBody->setAddedStudentAction(new EducationAddedStudentAction('none'));
$requestBody->setNotificationChannelUrl(null);

$result = $graphServiceClient
    ->education()
    ->classes()
    ->byEducationClassId('educationClass-id')
    ->assignmentDefaults()
    ->patch($requestBody)
    ->wait();
