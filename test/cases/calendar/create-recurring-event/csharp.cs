// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using System.Collections.Generic;

var requestBody = new Event
{
    Subject = "Pottery class",
    Body = new ItemBody
    {
        ContentType = BodyType.Html,
        Content = "Bring an apron.",
    },
    Start = new DateTimeTimeZone
    {
        DateTime = "2025-04-08T18:00:00",
        TimeZone = "Mountain Standard Time",
    },
    End = new DateTimeTimeZone
    {
        DateTime = "2025-04-08T20:00:00",
        TimeZone = "Mountain Standard Time",
    },
    Location = new Location
    {
        DisplayName = "Clay Studio",
        Coordinates = new OutlookGeoCoordinates
        {
            Latitude = 39.7392d,
            Longitude = -104.9903d,
        },
    },
    Recurrence = new PatternedRecurrence
    {
        Pattern = new RecurrencePattern
        {
            Type = RecurrencePatternType.Weekly,
            Interval = 1,
            DaysOfWeek = new List<DayOfWeekObject?>
            {
                DayOfWeekObject.Tuesday,
            },
        },
        Range = new RecurrenceRange
        {
            Type = RecurrenceRangeType.EndDate,
            StartDate = new Date(2025, 4, 8),
            EndDate = new Date(2025, 6, 24),
        },
    },
    ReminderMinutesBeforeStart = 45,
    IsReminderOn = true,
    Sensitivity = Sensitivity.Private,
    ShowAs = FreeBusyStatus.Busy,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Events.PostAsync(requestBody);
