// Dependencies
using Microsoft.Graph.DirectoryObjects.GetByIds;
using System.Collections.Generic;

var requestBody = new GetByIdsPostRequestBody
{
    Ids = new List<string>
    {
        "c58a2e0f-7d41-4b96-8e3c-1f9b6a0d4e27",
        "0e4b7d1a-f352-49c8-a6d0-b8e2c5f7193a",
    },
    Types = new List<string>
    {
        "user",
        "group",
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.DirectoryObjects.GetByIds.PostAsGetByIdsPostResponseAsync(requestBody);
