import (
	"context"
	"log"
)

requestBody := []byte("Shelf 7: 42 jars of quince jam, 18 of fig.")

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Content().Put(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
