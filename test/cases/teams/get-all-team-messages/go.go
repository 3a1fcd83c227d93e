import (
	"context"
	"log"
)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Teams().GetAllMessages().GetAsGetAllMessagesGetResponse(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
_ = result
