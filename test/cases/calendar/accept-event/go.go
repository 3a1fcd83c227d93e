import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemEventsItemAcceptPostRequestBody()
comment := "See you in room 4."
requestBody.SetComment(&comment)
sendResponse := false
requestBody.SetSendResponse(&sendResponse)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Me().Events().ByEventId("event-id").Accept().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
