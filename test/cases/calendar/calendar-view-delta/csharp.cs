// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.CalendarView.Delta.GetAsDeltaGetResponseAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.StartDateTime = "2025-04-07T00:00:00Z";
    requestConfiguration.QueryParameters.EndDateTime = "2025-04-14T00:00:00Z";
});
