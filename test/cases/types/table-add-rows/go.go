import (
	"context"
	"log"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphdrives "github.com/microsoftgraph/msgraph-sdk-go/drives"
)

requestBody := graphdrives.NewItemItemsItemWorkbookTablesItemRowsAddPostRequestBody()
requestBody.SetIndex(nil)
values := serialization.NewUntypedArray([]serialization.UntypedNodeable{
	serialization.NewUntypedArray([]serialization.UntypedNodeable{
		serialization.NewUntypedString("Oslo"),
		serialization.NewUntypedInteger(int32(3)),
		serialization.NewUntypedBoolean(true),
	}),
	serialization.NewUntypedArray([]serialization.UntypedNodeable{
		serialization.NewUntypedString("Kyiv"),
		serialization.NewUntypedDouble(float64(5.5)),
		serialization.NewUntypedNull(),
	}),
})
requestBody.SetValues(values)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Workbook().Tables().ByWorkbookTableId("workbookTable-id").Rows().Add().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
