// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Search = "\"displayName:Marisol\" OR \"mail:marisol\"";
    requestConfiguration.QueryParameters.Count = true;
    requestConfiguration.QueryParameters.Orderby = new string[] { "displayName asc" };
    requestConfiguration.QueryParameters.Select = new string[] { "id", "displayName", "mail" };
    requestConfiguration.Headers.Add("ConsistencyLevel", "eventual");
});
