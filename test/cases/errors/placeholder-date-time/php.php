<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Contact;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Contact();
$requestBody->setGivenName('Ilse');
$requestBody->setSurname('Brandt');
$requestBody->setBirthday(new \DateTime('0001-01-01T00:00:00Z'));

$result = $graphServiceClient->me()->contacts()->post($requestBody)->wait();
