// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].Workbook.CloseSession.PostAsync((requestConfiguration) =>
{
    requestConfiguration.Headers.Add("workbook-session-id", "{session-id}");
});
