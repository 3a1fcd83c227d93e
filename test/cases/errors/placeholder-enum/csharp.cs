// Dependencies
using Microsoft.Graph.Models;

var requestBody = new Message
{
    Importance = Importance.Low,
    Body = new ItemBody
    {
        ContentType = BodyType.Text,
        Content = "Updated agenda attached.",
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Messages["{message-id}"].PatchAsync(requestBody);
