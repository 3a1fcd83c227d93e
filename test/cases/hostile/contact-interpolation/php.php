<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\Contact;
use Microsoft\Graph\Generated\Models\EmailAddress;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new Contact();
$requestBody->setGivenName('$name');
$requestBody->setSurname('${surname}');
$requestBody->setNickName(
    '`whoami` $(id) #{ruby} {0} {{mustache}} it\'\'s doubled',
);
$requestBody->setJobTitle('100% sure, 50%% off, %s and %d and %n');
$requestBody->setCompanyName(
    '*/ closing a comment /* and <?php echo 1; ?> and ?> alone',
);
$requestBody->setPersonalNotes(
    "@'\nsingle here-string\n'@\n@\"\ndouble here-string \$env:PATH\n\"@",
);
$emailAddressesEmailAddress1 = new EmailAddress();
$emailAddressesEmailAddress1->setAddress('dollar$sign@fabrikam.example');
$emailAddressesEmailAddress1->setName('<script>alert(\'x\')</script>');
$requestBody->setEmailAddresses([$emailAddressesEmailAddress1]);

$result = $graphServiceClient->me()->contacts()->post($requestBody)->wait();
