import (
	"context"
	"log"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewWorkbookRange()
values := serialization.NewUntypedArray([]serialization.UntypedNodeable{
	serialization.NewUntypedArray([]serialization.UntypedNodeable{
		serialization.NewUntypedString("Item"),
		serialization.NewUntypedString("Qty"),
		serialization.NewUntypedString("Total"),
	}),
	serialization.NewUntypedArray([]serialization.UntypedNodeable{
		serialization.NewUntypedString("Lamp"),
		serialization.NewUntypedInteger(int32(4)),
		serialization.NewUntypedString("=B2*19.9"),
	}),
})
requestBody.SetValues(values)
numberFormat := serialization.NewUntypedArray([]serialization.UntypedNodeable{
	serialization.NewUntypedArray([]serialization.UntypedNodeable{
		serialization.NewUntypedNull(),
		serialization.NewUntypedNull(),
		serialization.NewUntypedNull(),
	}),
	serialization.NewUntypedArray([]serialization.UntypedNodeable{
		serialization.NewUntypedNull(),
		serialization.NewUntypedString("0"),
		serialization.NewUntypedString("0.00"),
	}),
})
requestBody.SetNumberFormat(numberFormat)
address := "A1:C2"

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Workbook().Worksheets().ByWorkbookWorksheetId("workbookWorksheet-id").RangeWithAddress(&address).Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
