// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.MailFolders["inbox"].Messages.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Filter = "isRead eq false";
    requestConfiguration.QueryParameters.Select = new string[] { "subject", "from", "receivedDateTime" };
    requestConfiguration.QueryParameters.Top = 10;
    requestConfiguration.QueryParameters.Skip = 10;
    requestConfiguration.Headers.Add("Prefer", "outlook.body-content-type=\"text\"");
});
