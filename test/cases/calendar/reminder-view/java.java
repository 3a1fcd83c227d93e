import com.microsoft.graph.users.item.reminderviewwithstartdatetimewithenddatetime.ReminderViewWithStartDateTimeWithEndDateTimeGetResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
ReminderViewWithStartDateTimeWithEndDateTimeGetResponse result = graphClient
  .me()
  .reminderViewWithStartDateTimeWithEndDateTime(
    "2025-04-02T18:00:00.0000000",
    "2025-04-01T09:00:00.0000000"
  )
  .get();
