// Dependencies
using Microsoft.Graph.Me.GetMemberGroups;

var requestBody = new GetMemberGroupsPostRequestBody
{
    SecurityEnabledOnly = true,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.GetMemberGroups.PostAsGetMemberGroupsPostResponseAsync(requestBody);
