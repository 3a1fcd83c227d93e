import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewDriveItem()
name := "Receipts 2025"
requestBody.SetName(&name)
folder := graphmodels.NewFolder()
requestBody.SetFolder(folder)
additionalData := map[string]interface{}{
	"@microsoft.graph.conflictBehavior": "fail",
}
requestBody.SetAdditionalData(additionalData)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("root").Children().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
