import com.microsoft.graph.models.UserCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
UserCollectionResponse result = graphClient
  .users()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.search =
      "\"displayName:Marisol\" OR \"mail:marisol\"";
    requestConfiguration.queryParameters.count = true;
    requestConfiguration.queryParameters.orderby = new String[] {
      "displayName asc",
    };
    requestConfiguration.queryParameters.select = new String[] {
      "id",
      "displayName",
      "mail",
    };
    requestConfiguration.headers.add("ConsistencyLevel", "eventual");
  });
