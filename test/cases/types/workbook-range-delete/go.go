import (
	"context"
	"log"

	graphdrives "github.com/microsoftgraph/msgraph-sdk-go/drives"
)

requestBody := graphdrives.NewItemItemsItemWorkbookNamesItemRangeDeletePostRequestBody()
shift := "Up"
requestBody.SetShift(&shift)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Workbook().Names().ByWorkbookNamedItemId("workbookNamedItem-id").RangeEscaped().DeletePath().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
