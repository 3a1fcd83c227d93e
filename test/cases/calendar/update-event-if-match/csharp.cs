// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new Event
{
    Subject = "Pottery class (room change)",
    Location = new Location
    {
        DisplayName = "Annex, room 2",
    },
    Categories = new List<string>(),
    IsAllDay = false,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Events["{event-id}"].PatchAsync(requestBody, (requestConfiguration) =>
{
    requestConfiguration.Headers.Add("If-Match", "W/\"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A==\"");
});
