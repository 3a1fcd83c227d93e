<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Message;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Message();
$requestBody->setSubject('Keywords as property names');
$requestBody->setAdditionalData([
    'function' => 'route',
    'class' => 'internal',
    'var' => 'v2',
    'string' => 's',
    'object' => ['nested' => [1, 'two', ['three' => 3]]],
    'in' => 1,
    'is' => true,
    'import' => 'none',
    'global' => false,
    'async' => null,
    'package' => 'p',
    'default' => 'd',
    'select' => 'x',
]);

$result = $graphServiceClient->me()->messages()->post($requestBody)->wait();
