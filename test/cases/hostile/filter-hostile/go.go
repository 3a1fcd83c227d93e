import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestFilter := "displayName eq 'Zoë ''Z'' \"Q\" $x ${y} `z` 100% \\ */ ?> 中文 😀'"
requestParameters := &graphusers.UsersRequestBuilderGetQueryParameters{
	Filter: &requestFilter,
	Select: []string{"id", "displayName"},
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
