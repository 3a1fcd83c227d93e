import (
	"context"
	"log"

	graphdrives "github.com/microsoftgraph/msgraph-sdk-go/drives"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphdrives.NewItemItemsItemCreateUploadSessionPostRequestBody()
item := graphmodels.NewDriveItemUploadableProperties()
name := "site-survey-2025.mp4"
item.SetName(&name)
description := "Drone footage of the north field"
item.SetDescription(&description)
fileSize := int64(5368709120)
item.SetFileSize(&fileSize)
additionalData := map[string]interface{}{
	"@microsoft.graph.conflictBehavior": "rename",
}
item.SetAdditionalData(additionalData)
requestBody.SetItem(item)
additionalData1 := map[string]interface{}{
	"deferCommit": true,
}
requestBody.SetAdditionalData(additionalData1)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").CreateUploadSession().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
