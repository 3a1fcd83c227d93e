// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using System.Collections.Generic;

var requestBody = new MailboxSettings
{
    WorkingHours = new WorkingHours
    {
        DaysOfWeek = new List<DayOfWeekObject?>
        {
            DayOfWeekObject.Tuesday,
            DayOfWeekObject.Wednesday,
            DayOfWeekObject.Thursday,
        },
        StartTime = new Time(7, 45, 0),
        EndTime = new Time(16, 15, 0),
        TimeZone = new TimeZoneBase
        {
            Name = "Central America Standard Time",
        },
    },
    AutomaticRepliesSetting = new AutomaticRepliesSetting
    {
        Status = AutomaticRepliesStatus.Scheduled,
        ExternalAudience = ExternalAudienceScope.ContactsOnly,
        ScheduledStartDateTime = new DateTimeTimeZone
        {
            DateTime = "2025-07-14T08:00:00",
            TimeZone = "UTC",
        },
        ScheduledEndDateTime = new DateTimeTimeZone
        {
            DateTime = "2025-07-25T17:00:00",
            TimeZone = "UTC",
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.MailboxSettings.PatchAsync(requestBody);
