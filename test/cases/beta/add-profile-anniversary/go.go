import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewPersonAnnualEvent()
type1 := graphmodels.BIRTHDAY_PERSONANNUALEVENTTYPE
requestBody.SetTypeEscaped(&type1)
date := serialization.NewDateOnly(time.Date(1990, time.July, 21, 0, 0, 0, 0, time.UTC))
requestBody.SetDate(date)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Profile().Anniversaries().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
