// Dependencies
using Microsoft.Graph.Models;

var requestBody = new ReferenceUpdate
{
    OdataId = "https://graph.microsoft.com/v1.0/users/71d4b0e9-3f28-4c65-a9b7-e2c0d5f8164a",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Users["{user-id}"].Manager.Ref.PutAsync(requestBody);
