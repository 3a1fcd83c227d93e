// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .servicePrincipals()
  .byServicePrincipalId("{servicePrincipal-id}")
  .claimsMappingPolicies()
  .byClaimsMappingPolicyId("{claimsMappingPolicy-id}")
  .ref()
  .delete();
