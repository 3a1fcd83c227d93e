import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestFilter := "surname eq 'D''Angelo'"
requestTop := int32(15)
requestParameters := &graphusers.UsersRequestBuilderGetQueryParameters{
	Filter:  &requestFilter,
	Orderby: []string{"displayName desc"},
	Top:     &requestTop,
}
configuration := &graphusers.UsersRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
