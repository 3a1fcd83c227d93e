// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Messages.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Select = new string[] { "subject" };
    requestConfiguration.QueryParameters.Top = 5;
    requestConfiguration.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
});
