// Dependencies
using Microsoft.Graph.Domains.Item.ForceDelete;

var requestBody = new ForceDeletePostRequestBody
{
    DisableUserAccounts = true,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Domains["contoso.com"].ForceDelete.PostAsync(requestBody);
