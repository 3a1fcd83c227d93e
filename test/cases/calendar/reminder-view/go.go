import (
	"context"
	"log"
)

endDateTime := "2025-04-02T18:00:00.0000000"
startDateTime := "2025-04-01T09:00:00.0000000"

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().ReminderViewWithStartDateTimeWithEndDateTime(&endDateTime, &startDateTime).GetAsReminderViewWithStartDateTimeWithEndDateTimeGetResponse(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
_ = result
