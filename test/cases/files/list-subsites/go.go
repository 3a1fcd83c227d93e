import (
	"context"
	"log"

	graphsites "github.com/microsoftgraph/msgraph-sdk-go/sites"
)

requestParameters := &graphsites.ItemSitesRequestBuilderGetQueryParameters{
	Select: []string{"id", "displayName"},
}
configuration := &graphsites.ItemSitesRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Sites().BySiteId("site-id").Sites().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
