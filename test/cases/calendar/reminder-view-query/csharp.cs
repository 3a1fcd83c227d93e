// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.ReminderViewWithStartDateTimeWithEndDateTime(startDateTime: "2025-04-01T09:00:00+02:00", endDateTime: "2025-04-02T18:00:00+02:00").GetAsReminderViewWithStartDateTimeWithEndDateTimeGetResponseAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Filter = "eventSubject eq 'Team ''sync'''";
    requestConfiguration.QueryParameters.Top = 2;
    requestConfiguration.Headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\"");
});
