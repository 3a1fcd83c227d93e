import (
	"context"
	"log"

	graphdirectory "github.com/microsoftgraph/msgraph-sdk-go/directory"
)

requestParameters := &graphdirectory.DeletedItemsGraphGroupRequestBuilderGetQueryParameters{
	Select:  []string{"id", "displayName", "deletedDateTime"},
	Orderby: []string{"deletedDateTime desc"},
}
configuration := &graphdirectory.DeletedItemsGraphGroupRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Directory().DeletedItems().GraphGroup().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
