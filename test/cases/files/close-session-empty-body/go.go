import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphdrives "github.com/microsoftgraph/msgraph-sdk-go/drives"
)

headers := abstractions.NewRequestHeaders()
headers.Add("workbook-session-id", "{session-id}")
configuration := &graphdrives.ItemItemsItemWorkbookCloseSessionRequestBuilderPostRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Workbook().CloseSession().Post(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
