// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Groups["{group-id}"].AcceptedSenders.Ref.DeleteAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Id = "https://graph.microsoft.com/v1.0/users/{user-id}";
});
