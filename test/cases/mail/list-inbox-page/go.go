import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

headers := abstractions.NewRequestHeaders()
headers.Add("Prefer", "outlook.body-content-type=\"text\"")
requestFilter := "isRead eq false"
requestTop := int32(10)
requestSkip := int32(10)
requestParameters := &graphusers.ItemMailFoldersItemMessagesRequestBuilderGetQueryParameters{
	Filter: &requestFilter,
	Select: []string{"subject", "from", "receivedDateTime"},
	Top:    &requestTop,
	Skip:   &requestSkip,
}
configuration := &graphusers.ItemMailFoldersItemMessagesRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
	Headers:         headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().MailFolders().ByMailFolderId("inbox").Messages().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
