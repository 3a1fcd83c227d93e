import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphdrives "github.com/microsoftgraph/msgraph-sdk-go/drives"
)

requestBody := []byte("Draft of the annual report.")
headers := abstractions.NewRequestHeaders()
headers.Add("Content-type", "text/plain")
configuration := &graphdrives.ItemItemsItemContentRequestBuilderPutRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("root:/Documents/report.docx:").Content().Put(context.Background(), requestBody, configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
