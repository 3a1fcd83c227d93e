// Dependencies
using Microsoft.Graph.Me.Events.Item.Accept;

var requestBody = new AcceptPostRequestBody
{
    Comment = "See you in room 4.",
    SendResponse = false,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Me.Events["{event-id}"].Accept.PostAsync(requestBody);
