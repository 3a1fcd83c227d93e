import com.microsoft.graph.models.AccessReviewScheduleDefinitionCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
AccessReviewScheduleDefinitionCollectionResponse result = graphClient
  .identityGovernance()
  .accessReviews()
  .definitions()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.filter =
      "contains(scope/microsoft.graph.accessReviewQueryScope/query, './members')";
    requestConfiguration.queryParameters.top = 20;
    requestConfiguration.queryParameters.skip = 40;
  });
