import (
	"context"
	"log"

	graphdrives "github.com/microsoftgraph/msgraph-sdk-go/drives"
)

requestParameters := &graphdrives.ItemItemsItemChildrenRequestBuilderGetQueryParameters{
	Select: []string{"name", "size", "lastModifiedDateTime"},
}
configuration := &graphdrives.ItemItemsItemChildrenRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("root:/Receipts/2025-03:").Children().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
