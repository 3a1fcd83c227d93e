import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewCalendar()
color := graphmodels.LIGHTGREEN_CALENDARCOLOR
requestBody.SetColor(&color)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Calendar().Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
