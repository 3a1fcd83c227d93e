import com.microsoft.graph.models.DomainDnsRecordCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DomainDnsRecordCollectionResponse result = graphClient
  .domains()
  .byDomainId("contoso.com")
  .verificationDnsRecords()
  .get();
