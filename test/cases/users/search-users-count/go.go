import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

headers := abstractions.NewRequestHeaders()
headers.Add("ConsistencyLevel", "eventual")
requestSearch := "\"displayName:Marisol\" OR \"mail:marisol\""
requestCount := true
requestParameters := &graphusers.UsersRequestBuilderGetQueryParameters{
	Search:  &requestSearch,
	Count:   &requestCount,
	Orderby: []string{"displayName asc"},
	Select:  []string{"id", "displayName", "mail"},
}
configuration := &graphusers.UsersRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
	Headers:         headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
