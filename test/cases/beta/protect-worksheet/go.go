import (
	"context"
	"log"

	graphdrives "github.com/microsoftgraph/msgraph-beta-sdk-go/drives"
	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphdrives.NewItemItemsItemWorkbookWorksheetsItemProtectionProtectPostRequestBody()
options := graphmodels.NewWorkbookWorksheetProtectionOptions()
allowFormatCells := false
options.SetAllowFormatCells(&allowFormatCells)
allowInsertRows := true
options.SetAllowInsertRows(&allowInsertRows)
allowDeleteRows := false
options.SetAllowDeleteRows(&allowDeleteRows)
allowSort := true
options.SetAllowSort(&allowSort)
allowAutoFilter := true
options.SetAllowAutoFilter(&allowAutoFilter)
requestBody.SetOptions(options)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ").Workbook().Worksheets().ByWorkbookWorksheetId("Budget").Protection().Protect().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
