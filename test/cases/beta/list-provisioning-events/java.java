import com.microsoft.graph.beta.models.ProvisioningObjectSummaryCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
ProvisioningObjectSummaryCollectionResponse result = graphClient
  .auditLogs()
  .provisioning()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.filter =
      "jobId eq 'fabrikamHR.0e4b3c2a1f9d8e7c'";
    requestConfiguration.queryParameters.top = 25;
  });
