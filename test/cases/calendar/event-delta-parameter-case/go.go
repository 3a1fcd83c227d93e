import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

headers := abstractions.NewRequestHeaders()
headers.Add("Prefer", "odata.maxpagesize=20")
requestStartDateTime := "2025-04-07T00:00:00Z"
requestEndDateTime := "2025-04-14T00:00:00Z"
requestParameters := &graphusers.ItemCalendarViewDeltaRequestBuilderGetQueryParameters{
	StartDateTime: &requestStartDateTime,
	EndDateTime:   &requestEndDateTime,
}
configuration := &graphusers.ItemCalendarViewDeltaRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
	Headers:         headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().CalendarView().Delta().GetAsDeltaGetResponse(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
