import (
	"context"
	"log"
)

requestBody := []byte("Binary data for the image")

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Photo().Content().Put(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
