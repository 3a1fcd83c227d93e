import com.microsoft.graph.users.item.reminderviewwithstartdatetimewithenddatetime.ReminderViewWithStartDateTimeWithEndDateTimeGetResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
ReminderViewWithStartDateTimeWithEndDateTimeGetResponse result = graphClient
  .me()
  .reminderViewWithStartDateTimeWithEndDateTime(
    "2025-04-02T18:00:00+02:00",
    "2025-04-01T09:00:00+02:00"
  )
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.filter =
      "eventSubject eq 'Team ''sync'''";
    requestConfiguration.queryParameters.top = 2;
    requestConfiguration.headers.add(
      "Prefer",
      "outlook.timezone=\"Pacific Standard Time\""
    );
  });
