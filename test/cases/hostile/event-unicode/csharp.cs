// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new Event
{
    Subject = "Café Zürich — 中文会议 🎉",
    Body = new ItemBody
    {
        ContentType = BodyType.Text,
        Content = "Room: שלום\u200F (RLM after it), NUL: \0, bell: \a, escaped emoji: 🚀, line separator:\u2028end",
    },
    Start = new DateTimeTimeZone
    {
        DateTime = "2025-08-04T10:00:00",
        TimeZone = "W. Europe Standard Time",
    },
    End = new DateTimeTimeZone
    {
        DateTime = "2025-08-04T11:00:00",
        TimeZone = "W. Europe Standard Time",
    },
    Location = new Location
    {
        DisplayName = "Üetlibergstraße 12, 8045 Zürich",
    },
    Attendees = new List<Attendee>
    {
        new Attendee
        {
            Type = AttendeeType.Required,
            EmailAddress = new EmailAddress
            {
                Name = "李雷",
                Address = "li.lei@fabrikam.example",
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Events.PostAsync(requestBody);
