import (
	"context"
	"log"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewWorkbookChartAxis()
majorUnit := serialization.NewUntypedInteger(int32(25))
requestBody.SetMajorUnit(majorUnit)
maximum := serialization.NewUntypedInteger(int32(200))
requestBody.SetMaximum(maximum)
minimum := serialization.NewUntypedObject(map[string]serialization.UntypedNodeable{
	"auto": serialization.NewUntypedBoolean(true),
})
requestBody.SetMinimum(minimum)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Workbook().Worksheets().ByWorkbookWorksheetId("workbookWorksheet-id").Charts().ByWorkbookChartId("workbookChart-id").Axes().ValueAxis().Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
