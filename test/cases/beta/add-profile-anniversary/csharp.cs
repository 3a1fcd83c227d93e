// Dependencies
using Microsoft.Graph.Beta.Models;
using Microsoft.Kiota.Abstractions;

var requestBody = new PersonAnnualEvent
{
    Type = PersonAnnualEventType.Birthday,
    Date = new Date(1990, 7, 21),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Profile.Anniversaries.PostAsync(requestBody);
