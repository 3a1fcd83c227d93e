import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

headers := abstractions.NewRequestHeaders()
headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\"")
requestStartDateTime := "2025-03-02T08:00:00-08:00"
requestEndDateTime := "2025-03-09T08:00:00-08:00"
requestParameters := &graphusers.ItemCalendarViewRequestBuilderGetQueryParameters{
	StartDateTime: &requestStartDateTime,
	EndDateTime:   &requestEndDateTime,
	Select:        []string{"subject", "organizer", "start", "end"},
	Orderby:       []string{"start/dateTime"},
}
configuration := &graphusers.ItemCalendarViewRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
	Headers:         headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().CalendarView().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
