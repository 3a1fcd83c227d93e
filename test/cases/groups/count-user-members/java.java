// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Integer result = graphClient
  .groups()
  .byGroupId("{group-id}")
  .members()
  .graphUser()
  .count()
  .get(requestConfiguration -> {
    requestConfiguration.headers.add("ConsistencyLevel", "eventual");
  });
