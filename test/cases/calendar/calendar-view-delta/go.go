import (
	"context"
	"log"

	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestStartDateTime := "2025-04-07T00:00:00Z"
requestEndDateTime := "2025-04-14T00:00:00Z"
requestParameters := &graphusers.ItemCalendarViewDeltaRequestBuilderGetQueryParameters{
	StartDateTime: &requestStartDateTime,
	EndDateTime:   &requestEndDateTime,
}
configuration := &graphusers.ItemCalendarViewDeltaRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().CalendarView().Delta().GetAsDeltaGetResponse(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
