import com.microsoft.graph.users.delta.DeltaGetResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DeltaGetResponse result = graphClient
  .users()
  .delta()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "displayName",
      "givenName",
      "surname",
    };
  });
