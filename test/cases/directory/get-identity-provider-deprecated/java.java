import com.microsoft.graph.models.IdentityProvider;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
IdentityProvider result = graphClient
  .identityProviders()
  .byIdentityProviderId("{identityProvider-id}")
  .get();
