import com.microsoft.graph.models.EventCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
EventCollectionResponse result = graphClient
  .me()
  .events()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "subject",
      "start",
    };
  });
