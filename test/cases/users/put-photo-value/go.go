import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := []byte("Binary data for the image")
headers := abstractions.NewRequestHeaders()
headers.Add("Content-type", "image/jpeg")
configuration := &graphusers.ItemPhotoValueContentRequestBuilderPutRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Photo().Content().Put(context.Background(), requestBody, configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
