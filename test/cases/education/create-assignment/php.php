<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\EducationAssignment;
use Microsoft\Graph\Generated\Models\EducationItemBody;
use Microsoft\Graph\Generated\Models\BodyType;
use Microsoft\Graph\Generated\Models\EducationAssignmentPointsGradeType;
use Microsoft\Graph\Generated\Models\EducationAssignmentClassRecipient;
use Microsoft\Graph\Generated\Models\EducationAddedStudentAction;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new EducationAssignment();
$requestBody->setDisplayName('Lab report: pendulum periods');
$requestBody->setDueDateTime(new \DateTime('2025-03-21T23:59:00Z'));
$instructions = new EducationItemBody();
$instructions->setContentType(new BodyType('text'));
$instructions->setContent(
    'Measure ten swings for three string lengths and plot T against the square root of L.',
);
$requestBody->setInstructions($instructions);
$grading = new EducationAssignmentPointsGradeType();
$grading->setOdataType('#microsoft.graph.educationAssignmentPointsGradeType');
$grading->setMaxPoints(37.5);
$requestBody->setGrading($grading);
$assignTo = new EducationAssignmentClassRecipient();
$assignTo->setOdataType('#microsoft.graph.educationAssignmentClassRecipient');
$requestBody->setAssignTo($assignTo);
$requestBody->setAllowLateSubmissions(true);
$requestBody->setAddedStudentAction(
    new EducationAddedStudentAction('assignIfOpen'),
);
$requestBody->setAdditionalData(['status' => 'draft']);

$result = $graphServiceClient
    ->education()
    ->classes()
    ->byEducationClassId('educationClass-id')
    ->assignments()
    ->post($requestBody)
    ->wait();
