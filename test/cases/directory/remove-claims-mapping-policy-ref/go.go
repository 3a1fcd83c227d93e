import (
	"context"
	"log"
)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.ServicePrincipals().ByServicePrincipalId("servicePrincipal-id").ClaimsMappingPolicies().ByClaimsMappingPolicyId("claimsMappingPolicy-id").Ref().Delete(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
