// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .security()
  .cases()
  .ediscoveryCases()
  .byEdiscoveryCaseId("{ediscoveryCaseId}")
  .microsoftGraphSecurityClose()
  .post();
