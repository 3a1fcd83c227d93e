from msgraph import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
await graph_client.service_principals.by_service_principal_id("servicePrincipal-id").claims_mapping_policies.by_claims_mapping_policy_id("claimsMappingPolicy-id").ref.delete()
