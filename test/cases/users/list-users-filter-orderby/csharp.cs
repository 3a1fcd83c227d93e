// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Filter = "surname eq 'D''Angelo'";
    requestConfiguration.QueryParameters.Orderby = new string[] { "displayName desc" };
    requestConfiguration.QueryParameters.Top = 15;
});
