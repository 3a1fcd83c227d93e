// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.CalendarView.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.StartDateTime = "2025-03-02T08:00:00-08:00";
    requestConfiguration.QueryParameters.EndDateTime = "2025-03-09T08:00:00-08:00";
    requestConfiguration.QueryParameters.Select = new string[] { "subject", "organizer", "start", "end" };
    requestConfiguration.QueryParameters.Orderby = new string[] { "start/dateTime" };
    requestConfiguration.Headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\"");
});
