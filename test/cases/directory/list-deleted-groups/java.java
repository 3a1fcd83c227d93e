import com.microsoft.graph.models.GroupCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
GroupCollectionResponse result = graphClient
  .directory()
  .deletedItems()
  .graphGroup()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "id",
      "displayName",
      "deletedDateTime",
    };
    requestConfiguration.queryParameters.orderby = new String[] {
      "deletedDateTime desc",
    };
  });
