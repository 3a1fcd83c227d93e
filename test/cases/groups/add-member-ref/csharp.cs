// Dependencies
using Microsoft.Graph.Models;

var requestBody = new ReferenceCreate
{
    OdataId = "https://graph.microsoft.com/v1.0/directoryObjects/3d9f2b7e-61c4-4a08-bf15-c7e0a2d85b93",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Groups["{group-id}"].Members.Ref.PostAsync(requestBody);
