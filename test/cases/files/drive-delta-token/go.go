import (
	"context"
	"log"
)

token := "latest"

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("root").DeltaWithToken(&token).GetAsDeltaWithTokenGetResponse(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
_ = result
