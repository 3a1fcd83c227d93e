import (
	"context"
	"log"
	"time"

	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewSubscription()
changeType := "created"
requestBody.SetChangeType(&changeType)
notificationUrl := "https://hooks.fabrikam.example.com/graph/notify"
requestBody.SetNotificationUrl(&notificationUrl)
resource := "me/mailFolders('Inbox')/messages"
requestBody.SetResource(&resource)
expirationDateTime := time.Date(2026, time.February, 12, 9, 30, 0, 0, time.UTC)
requestBody.SetExpirationDateTime(&expirationDateTime)
clientState := "fabrikam-4711"
requestBody.SetClientState(&clientState)
latestSupportedTlsVersion := "v1_2"
requestBody.SetLatestSupportedTlsVersion(&latestSupportedTlsVersion)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Subscriptions().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
