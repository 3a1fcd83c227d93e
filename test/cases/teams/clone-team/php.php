<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Teams\Item\EscapedClone\ClonePostRequestBody;
use Microsoft\Graph\Generated\Models\ClonableTeamParts;
use Microsoft\Graph\Generated\Models\TeamVisibilityType;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new ClonePostRequestBody();
$requestBody->setDisplayName('Night shift crew');
$requestBody->setDescription('Copy of the day shift crew team');
$requestBody->setMailNickname('nightshiftcrew');
$requestBody->setPartsToClone(
    new ClonableTeamParts('apps,tabs,settings,channels'),
);
$requestBody->setVisibility(new TeamVisibilityType('private'));

$graphServiceClient
    ->teams()
    ->byTeamId('team-id')
    ->escapedClone()
    ->post($requestBody)
    ->wait();
