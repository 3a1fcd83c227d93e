// Dependencies
using Microsoft.Graph.Me.CheckMemberGroups;
using System.Collections.Generic;

var requestBody = new CheckMemberGroupsPostRequestBody
{
    GroupIds = new List<string>
    {
        "8e3a1f55-2c47-4b90-9d1e-6f0a4c7b2e18",
        "f19b7c02-5a6e-43d8-b0c4-97e2a1d36f4b",
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(requestBody);
