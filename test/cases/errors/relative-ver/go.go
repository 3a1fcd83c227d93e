import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestParameters := &graphusers.ItemEventsRequestBuilderGetQueryParameters{
	Select: []string{"subject", "start"},
}
configuration := &graphusers.ItemEventsRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Events().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
