import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemMessagesItemCreateReplyPostRequestBody()

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Messages().ByMessageId("message-id").CreateReply().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
