import com.microsoft.graph.models.UserCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
UserCollectionResponse result = graphClient
  .groups()
  .byGroupId("{group-id}")
  .members()
  .graphUser()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.count = true;
    requestConfiguration.queryParameters.orderby = new String[] {
      "displayName",
    };
    requestConfiguration.queryParameters.search = "\"displayName:Okafor\"";
    requestConfiguration.queryParameters.select = new String[] {
      "displayName",
      "id",
    };
    requestConfiguration.headers.add("ConsistencyLevel", "eventual");
  });
