// Dependencies
using Microsoft.Graph.Models;

var requestBody = new Calendar
{
    Color = CalendarColor.LightGreen,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Calendar.PatchAsync(requestBody);
