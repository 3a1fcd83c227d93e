import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestParameters := &graphusers.DeltaRequestBuilderGetQueryParameters{
	Select: []string{"displayName", "givenName", "surname"},
}
configuration := &graphusers.DeltaRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().Delta().GetAsDeltaGetResponse(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
