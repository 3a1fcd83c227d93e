// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .groups()
  .byGroupId("{group-id}")
  .acceptedSenders()
  .ref()
  .delete(requestConfiguration -> {
    requestConfiguration.queryParameters.id =
      "https://graph.microsoft.com/v1.0/users/{user-id}";
  });
