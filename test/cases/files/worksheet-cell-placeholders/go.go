import (
	"context"
	"log"
)

column := int32(0)
row := int32(0)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Workbook().Worksheets().ByWorkbookWorksheetId("workbookWorksheet-id").CellWithRowWithColumn(&column, &row).Get(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
_ = result
