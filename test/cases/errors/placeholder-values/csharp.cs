// Dependencies
using Microsoft.Graph.Models;

var requestBody = new User
{
    JobTitle = "String",
    AccountEnabled = false,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users["{user-id}"].PatchAsync(requestBody);
