import (
	"context"
	"log"

	graphidentitygovernance "github.com/microsoftgraph/msgraph-sdk-go/identitygovernance"
)

requestFilter := "contains(scope/microsoft.graph.accessReviewQueryScope/query, './members')"
requestTop := int32(20)
requestSkip := int32(40)
requestParameters := &graphidentitygovernance.AccessReviewsDefinitionsRequestBuilderGetQueryParameters{
	Filter: &requestFilter,
	Top:    &requestTop,
	Skip:   &requestSkip,
}
configuration := &graphidentitygovernance.AccessReviewsDefinitionsRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.IdentityGovernance().AccessReviews().Definitions().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
