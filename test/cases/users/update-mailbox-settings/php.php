<?php

use Microsoft\Graph\GraphServiceClient;
use Microsoft\Graph\Generated\Models\MailboxSettings;
use Microsoft\Graph\Generated\Models\WorkingHours;
use Microsoft\Graph\Generated\Models\DayOfWeek;
use Microsoft\Kiota\Abstractions\Types\Time;
use Microsoft\Graph\Generated\Models\TimeZoneBase;
use Microsoft\Graph\Generated\Models\AutomaticRepliesSetting;
use Microsoft\Graph\Generated\Models\AutomaticRepliesStatus;
use Microsoft\Graph\Generated\Models\ExternalAudienceScope;
use Microsoft\Graph\Generated\Models\DateTimeTimeZone;

$graphServiceClient = new GraphServiceClient($tokenRequestContext, $scopes);

$requestBody = new MailboxSettings();
$workingHours = new WorkingHours();
$workingHours->setDaysOfWeek([
    new DayOfWeek('tuesday'),
    new DayOfWeek('wednesday'),
    new DayOfWeek('thursday'),
]);
$workingHours->setStartTime(new Time('07:45:00.0000000'));
$workingHours->setEndTime(new Time('16:15:00.0000000'));
$workingHoursTimeZone = new TimeZoneBase();
$workingHoursTimeZone->setName('Central America Standard Time');
$workingHours->setTimeZone($workingHoursTimeZone);
$requestBody->setWorkingHours($workingHours);
$automaticRepliesSetting = new AutomaticRepliesSetting();
$automaticRepliesSetting->setStatus(new AutomaticRepliesStatus('scheduled'));
$automaticRepliesSetting->setExternalAudience(
    new ExternalAudienceScope('contactsOnly'),
);
$automaticRepliesSettingScheduledStartDateTime = new DateTimeTimeZone();
$automaticRepliesSettingScheduledStartDateTime->setDateTime(
    '2025-07-14T08:00:00',
);
$automaticRepliesSettingScheduledStartDateTime->setTimeZone('UTC');
$automaticRepliesSetting->setScheduledStartDateTime(
    $automaticRepliesSettingScheduledStartDateTime,
);
$automaticRepliesSettingScheduledEndDateTime = new DateTimeTimeZone();
$automaticRepliesSettingScheduledEndDateTime->setDateTime(
    '2025-07-25T17:00:00',
);
$automaticRepliesSettingScheduledEndDateTime->setTimeZone('UTC');
$automaticRepliesSetting->setScheduledEndDateTime(
    $automaticRepliesSettingScheduledEndDateTime,
);
$requestBody->setAutomaticRepliesSetting($automaticRepliesSetting);

$result = $graphServiceClient
    ->me()
    ->mailboxSettings()
    ->patch($requestBody)
    ->wait();
