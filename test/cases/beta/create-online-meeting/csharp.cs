// Dependencies
using Microsoft.Graph.Beta.Models;
using System;

var requestBody = new OnlineMeeting
{
    StartDateTime = DateTimeOffset.Parse("2026-02-18T14:00:00-08:00"),
    EndDateTime = DateTimeOffset.Parse("2026-02-18T14:45:00-08:00"),
    Subject = "Badge system: handover",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.OnlineMeetings.PostAsync(requestBody);
