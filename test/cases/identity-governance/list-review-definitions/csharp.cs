// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.IdentityGovernance.AccessReviews.Definitions.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Filter = "contains(scope/microsoft.graph.accessReviewQueryScope/query, './members')";
    requestConfiguration.QueryParameters.Top = 20;
    requestConfiguration.QueryParameters.Skip = 40;
});
