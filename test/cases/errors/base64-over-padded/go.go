import (
	"context"
	"encoding/base64"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewFileAttachment()
odataType := "#microsoft.graph.fileAttachment"
requestBody.SetOdataType(&odataType)
name := "hello.txt"
requestBody.SetName(&name)
contentBytes, err := base64.StdEncoding.DecodeString("SGVsbG8gd29ybGQ=")
if err != nil {
	log.Fatal(err)
}
requestBody.SetContentBytes(contentBytes)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Messages().ByMessageId("message-id").Attachments().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
