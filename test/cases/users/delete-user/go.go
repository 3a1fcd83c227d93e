import (
	"context"
	"log"
)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Users().ByUserId("user-id").Delete(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
