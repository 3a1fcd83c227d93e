import com.microsoft.graph.beta.models.RiskyUser;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
RiskyUser result = graphClient
  .riskyUsers()
  .byRiskyUserId("3f7a1d92-6b4e-4c08-9e25-a0d7c8b1f364")
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "userPrincipalName",
      "riskLevel",
      "riskState",
    };
  });
