// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Groups["{group-id}"].Members.GraphUser.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Count = true;
    requestConfiguration.QueryParameters.Orderby = new string[] { "displayName" };
    requestConfiguration.QueryParameters.Search = "\"displayName:Okafor\"";
    requestConfiguration.QueryParameters.Select = new string[] { "displayName", "id" };
    requestConfiguration.Headers.Add("ConsistencyLevel", "eventual");
});
