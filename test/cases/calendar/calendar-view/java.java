import com.microsoft.graph.models.EventCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
EventCollectionResponse result = graphClient
  .me()
  .calendarView()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.startDateTime =
      "2025-03-02T08:00:00-08:00";
    requestConfiguration.queryParameters.endDateTime =
      "2025-03-09T08:00:00-08:00";
    requestConfiguration.queryParameters.select = new String[] {
      "subject",
      "organizer",
      "start",
      "end",
    };
    requestConfiguration.queryParameters.orderby = new String[] {
      "start/dateTime",
    };
    requestConfiguration.headers.add(
      "Prefer",
      "outlook.timezone=\"Pacific Standard Time\""
    );
  });
