// Dependencies
using Microsoft.Graph.Models;

var requestBody = new ChatMessage
{
    Subject = "Crane 3 maintenance",
    Body = new ItemBody
    {
        ContentType = BodyType.Html,
        Content = "<p>Crane 3 is out of service from <b>06:00</b> to <b>14:00</b>.</p>",
    },
    Importance = ChatMessageImportance.Urgent,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Teams["{team-id}"].Channels["{channel-id}"].Messages.PostAsync(requestBody);
