import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewChatMessage()
subject := "Crane 3 maintenance"
requestBody.SetSubject(&subject)
body := graphmodels.NewItemBody()
contentType := graphmodels.HTML_BODYTYPE
body.SetContentType(&contentType)
content := "<p>Crane 3 is out of service from <b>06:00</b> to <b>14:00</b>.</p>"
body.SetContent(&content)
requestBody.SetBody(body)
importance := graphmodels.URGENT_CHATMESSAGEIMPORTANCE
requestBody.SetImportance(&importance)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Teams().ByTeamId("team-id").Channels().ByChannelId("channel-id").Messages().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
