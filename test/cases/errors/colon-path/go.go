import (
	"context"
	"log"
)

requestBody := []byte("Draft of the annual report.")

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("root:/Documents/report.docx:").Content().Put(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
