import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

endDateTime := "2025-04-02T18:00:00+02:00"
startDateTime := "2025-04-01T09:00:00+02:00"
headers := abstractions.NewRequestHeaders()
headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\"")
requestFilter := "eventSubject eq 'Team ''sync'''"
requestTop := int32(2)
requestParameters := &graphusers.ItemReminderViewWithStartDateTimeWithEndDateTimeRequestBuilderGetQueryParameters{
	Filter: &requestFilter,
	Top:    &requestTop,
}
configuration := &graphusers.ItemReminderViewWithStartDateTimeWithEndDateTimeRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
	Headers:         headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().ReminderViewWithStartDateTimeWithEndDateTime(&endDateTime, &startDateTime).GetAsReminderViewWithStartDateTimeWithEndDateTimeGetResponse(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
