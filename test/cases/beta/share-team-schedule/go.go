import (
	"context"
	"log"
	"time"

	graphteams "github.com/microsoftgraph/msgraph-beta-sdk-go/teams"
)

requestBody := graphteams.NewItemScheduleSharePostRequestBody()
notifyTeam := true
requestBody.SetNotifyTeam(&notifyTeam)
startDateTime := time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)
requestBody.SetStartDateTime(&startDateTime)
endDateTime := time.Date(2026, time.March, 9, 0, 0, 0, 0, time.UTC)
requestBody.SetEndDateTime(&endDateTime)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Teams().ByTeamId("6b0f3e2d-9a41-4c75-b8d2-1e7f0c93a5b4").Schedule().Share().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
