// Dependencies
using Microsoft.Graph.Models;

var requestBody = new Event
{
    Body = new ItemBody
    {
        ContentType = BodyType.Html,
        Content = "<p>Moved to the <b>blue</b> room.</p>",
    },
    Location = new Location
    {
        DisplayName = "Blue room",
        LocationType = LocationType.Default,
    },
    ShowAs = FreeBusyStatus.Busy,
    Sensitivity = Sensitivity.Private,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Events["{event-id}"].PatchAsync(requestBody);
