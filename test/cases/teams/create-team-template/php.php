<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Team;
use Microsoft\Graph\Generated\Models\AadUserConversationMember;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Team();
$requestBody->setDisplayName('Harbor logistics');
$requestBody->setDescription('Berth schedules and crane bookings');
$membersAadUserConversationMember1 = new AadUserConversationMember();
$membersAadUserConversationMember1->setOdataType(
    '#microsoft.graph.aadUserConversationMember',
);
$membersAadUserConversationMember1->setRoles(['owner']);
$membersAadUserConversationMember1->setAdditionalData([
    'user@odata.bind' =>
        'https://graph.microsoft.com/v1.0/users(\'5f0a9c3e-b72d-4e18-91a6-c4d8e2b07f53\')',
]);
$requestBody->setMembers([$membersAadUserConversationMember1]);
$requestBody->setAdditionalData([
    'template@odata.bind' =>
        'https://graph.microsoft.com/v1.0/teamsTemplates(\'standard\')',
]);

$result = $graphServiceClient->teams()->post($requestBody)->wait();
