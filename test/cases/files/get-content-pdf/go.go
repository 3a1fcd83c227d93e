import (
	"context"
	"log"

	graphdrives "github.com/microsoftgraph/msgraph-sdk-go/drives"
)

requestFormat := "pdf"
requestParameters := &graphdrives.ItemItemsItemContentRequestBuilderGetQueryParameters{
	Format: &requestFormat,
}
configuration := &graphdrives.ItemItemsItemContentRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Content().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
