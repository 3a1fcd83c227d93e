import com.microsoft.graph.models.StringCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
StringCollectionResponse result = graphClient
  .groups()
  .byGroupId("{group-id}")
  .members()
  .ref()
  .get();
