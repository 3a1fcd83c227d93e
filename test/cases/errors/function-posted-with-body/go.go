import (
	"context"
	"log"
)

index := int32(1)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("item-id").Workbook().Tables().ByWorkbookTableId("table-id").Columns().ItemAtWithIndex(&index).Get(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
_ = result
