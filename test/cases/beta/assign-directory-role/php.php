<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Models\UnifiedRoleAssignment;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new UnifiedRoleAssignment();
$requestBody->setOdataType('#microsoft.graph.unifiedRoleAssignment');
$requestBody->setRoleDefinitionId('fe930be7-5e62-47db-91af-98c3a49a38b1');
$requestBody->setPrincipalId('9a7c2e41-0d3b-4f86-a5e2-71c8b04d6f19');
$requestBody->setDirectoryScopeId('/');

$result = $graphServiceClient
    ->roleManagement()
    ->directory()
    ->roleAssignments()
    ->post($requestBody)
    ->wait();
