// Dependencies
using Microsoft.Graph.Models;

var requestBody = new Calendar
{
    Name = "Garden club",
    Color = CalendarColor.LightGreen,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Calendars.PostAsync(requestBody);
