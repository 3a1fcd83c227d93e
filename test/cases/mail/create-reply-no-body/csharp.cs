// Dependencies
using Microsoft.Graph.Me.Messages.Item.CreateReply;

var requestBody = new CreateReplyPostRequestBody();

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Messages["{message-id}"].CreateReply.PostAsync(requestBody);
