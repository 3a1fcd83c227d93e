import com.microsoft.graph.users.item.calendarview.delta.DeltaGetResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DeltaGetResponse result = graphClient
  .me()
  .calendarView()
  .delta()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.startDateTime =
      "2025-04-07T00:00:00Z";
    requestConfiguration.queryParameters.endDateTime =
      "2025-04-14T00:00:00Z";
  });
