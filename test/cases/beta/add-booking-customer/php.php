<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\Models\BookingCustomer;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new BookingCustomer();
$requestBody->setDisplayName('Ilse Vandenberghe');
$requestBody->setEmailAddress('ilse.v@northwind.example.org');

$result = $graphServiceClient
    ->bookingBusinesses()
    ->byBookingBusinessId('fabrikamrepairs@fabrikam.example.com')
    ->customers()
    ->post($requestBody)
    ->wait();
