import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphmodels.NewEvent()
subject := "Pottery class (room change)"
requestBody.SetSubject(&subject)
location := graphmodels.NewLocation()
displayName := "Annex, room 2"
location.SetDisplayName(&displayName)
requestBody.SetLocation(location)
categories := []string{}
requestBody.SetCategories(categories)
isAllDay := false
requestBody.SetIsAllDay(&isAllDay)
headers := abstractions.NewRequestHeaders()
headers.Add("If-Match", "W/\"Xq0aR1x2kEqN3cYtA8b+VQAAJq5h2A==\"")
configuration := &graphusers.ItemEventsEventItemRequestBuilderPatchRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Events().ByEventId("event-id").Patch(context.Background(), requestBody, configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
