// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Directory.DeletedItems.GraphGroup.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Select = new string[] { "id", "displayName", "deletedDateTime" };
    requestConfiguration.QueryParameters.Orderby = new string[] { "deletedDateTime desc" };
});
