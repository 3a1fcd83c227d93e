import (
	"context"
	"log"
)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Me().Messages().ByMessageId("message-id").Delete(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
