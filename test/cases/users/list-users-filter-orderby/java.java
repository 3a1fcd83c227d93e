import com.microsoft.graph.models.UserCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
UserCollectionResponse result = graphClient
  .users()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.filter = "surname eq 'D''Angelo'";
    requestConfiguration.queryParameters.orderby = new String[] {
      "displayName desc",
    };
    requestConfiguration.queryParameters.top = 15;
  });
