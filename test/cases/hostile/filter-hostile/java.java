import com.microsoft.graph.models.UserCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
UserCollectionResponse result = graphClient
  .users()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.filter =
      "displayName eq 'Zoë ''Z'' \"Q\" $x ${y} `z` 100% \\ */ ?> 中文 😀'";
    requestConfiguration.queryParameters.select = new String[] {
      "id",
      "displayName",
    };
  });
