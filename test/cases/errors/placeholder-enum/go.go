import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewMessage()
importance := graphmodels.LOW_IMPORTANCE
requestBody.SetImportance(&importance)
body := graphmodels.NewItemBody()
contentType := graphmodels.TEXT_BODYTYPE
body.SetContentType(&contentType)
content := "Updated agenda attached."
body.SetContent(&content)
requestBody.SetBody(body)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Messages().ByMessageId("message-id").Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
