// Dependencies
using Microsoft.Graph.Me.FindMeetingTimes;
using Microsoft.Graph.Models;
using System;
using System.Collections.Generic;

var requestBody = new FindMeetingTimesPostRequestBody
{
    Attendees = new List<AttendeeBase>
    {
        new AttendeeBase
        {
            Type = AttendeeType.Required,
            EmailAddress = new EmailAddress
            {
                Name = "Hana Kobayashi",
                Address = "hana.k@fabrikam.example",
            },
        },
        new AttendeeBase
        {
            Type = AttendeeType.Optional,
            EmailAddress = new EmailAddress
            {
                Address = "facilities@fabrikam.example",
            },
        },
    },
    TimeConstraint = new TimeConstraint
    {
        ActivityDomain = ActivityDomain.Work,
        TimeSlots = new List<TimeSlot>
        {
            new TimeSlot
            {
                Start = new DateTimeTimeZone
                {
                    DateTime = "2025-05-12T09:00:00",
                    TimeZone = "Tokyo Standard Time",
                },
                End = new DateTimeTimeZone
                {
                    DateTime = "2025-05-16T18:00:00",
                    TimeZone = "Tokyo Standard Time",
                },
            },
        },
    },
    MeetingDuration = new TimeSpan(0, 1, 30, 0),
    MaxCandidates = 5,
    IsOrganizerOptional = false,
    ReturnSuggestionReasons = true,
    MinimumAttendeePercentage = 66.5d,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.FindMeetingTimes.PostAsync(requestBody);
