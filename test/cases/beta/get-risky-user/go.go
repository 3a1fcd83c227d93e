import (
	"context"
	"log"

	graphriskyusers "github.com/microsoftgraph/msgraph-beta-sdk-go/riskyusers"
)

requestParameters := &graphriskyusers.RiskyUserItemRequestBuilderGetQueryParameters{
	Select: []string{"userPrincipalName", "riskLevel", "riskState"},
}
configuration := &graphriskyusers.RiskyUserItemRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.RiskyUsers().ByRiskyUserId("3f7a1d92-6b4e-4c08-9e25-a0d7c8b1f364").Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
