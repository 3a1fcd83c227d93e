<?php

use Microsoft\Graph\Beta\GraphServiceClient;
use Microsoft\Graph\Beta\Generated\BookingBusinesses\Item\Appointments\Item\Cancel\CancelPostRequestBody;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new CancelPostRequestBody();
$requestBody->setCancellationMessage(
    'The technician is ill; we will call you to pick a new date.',
);

$graphServiceClient
    ->bookingBusinesses()
    ->byBookingBusinessId('fabrikamrepairs@fabrikam.example.com')
    ->appointments()
    ->byBookingAppointmentId(
        'AAMkAGQ3NDk5YTk5LTU3ZjAtNDYwNS1iYjY0LWI5ZjU4NGE1OWE0OQBGAAA=',
    )
    ->cancel()
    ->post($requestBody)
    ->wait();
