// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.AuditLogs.Provisioning.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Filter = "jobId eq 'fabrikamHR.0e4b3c2a1f9d8e7c'";
    requestConfiguration.QueryParameters.Top = 25;
});
