// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Filter = "displayName eq 'Zoë ''Z'' \"Q\" $x ${y} `z` 100% \\ */ ?> 中文 😀'";
    requestConfiguration.QueryParameters.Select = new string[] { "id", "displayName" };
});
