import (
	"context"
	"log"
	"time"

	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewOnlineMeeting()
startDateTime := time.Date(2026, time.February, 18, 14, 0, 0, 0, time.FixedZone("", -28800))
requestBody.SetStartDateTime(&startDateTime)
endDateTime := time.Date(2026, time.February, 18, 14, 45, 0, 0, time.FixedZone("", -28800))
requestBody.SetEndDateTime(&endDateTime)
subject := "Badge system: handover"
requestBody.SetSubject(&subject)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().OnlineMeetings().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
