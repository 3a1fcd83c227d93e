<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\User;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new User();
$requestBody->setAboutMe(
    "Line one\nLine two\twith a tab\nمرحبا\u{200F} then English; ends with a backslash \\",
);
$requestBody->setDepartment('R&D / "Skunkworks"');
$requestBody->setJobTitle('Ingénieure ü \\u0041 is not an escape here');

$result = $graphServiceClient
    ->users()
    ->byUserId('user-id')
    ->patch($requestBody)
    ->wait();
