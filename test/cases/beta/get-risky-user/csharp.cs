// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.RiskyUsers["3f7a1d92-6b4e-4c08-9e25-a0d7c8b1f364"].GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Select = new string[] { "userPrincipalName", "riskLevel", "riskState" };
});
