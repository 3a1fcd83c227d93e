import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphdrives "github.com/microsoftgraph/msgraph-sdk-go/drives"
)

headers := abstractions.NewRequestHeaders()
headers.Add("If-Match", "\"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3\"")
configuration := &graphdrives.ItemItemsDriveItemItemRequestBuilderDeleteRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Delete(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
