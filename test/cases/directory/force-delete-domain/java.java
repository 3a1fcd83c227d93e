import com.microsoft.graph.domains.item.forcedelete.ForceDeletePostRequestBody;

ForceDeletePostRequestBody forceDeletePostRequestBody =
  new ForceDeletePostRequestBody();
forceDeletePostRequestBody.setDisableUserAccounts(true);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .domains()
  .byDomainId("contoso.com")
  .forceDelete()
  .post(forceDeletePostRequestBody);
