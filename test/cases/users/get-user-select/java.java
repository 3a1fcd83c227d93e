import com.microsoft.graph.models.User;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
User result = graphClient
  .users()
  .byUserId("{user-id}")
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "displayName",
      "jobTitle",
      "officeLocation",
      "employeeId",
    };
  });
