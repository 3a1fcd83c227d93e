import com.microsoft.graph.models.SiteCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
SiteCollectionResponse result = graphClient
  .sites()
  .bySiteId("{site-id}")
  .sites()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "id",
      "displayName",
    };
  });
