import (
	"context"
	"log"
)

period := "D7"

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Reports().GetEmailActivityCountsWithPeriod(&period).Get(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
_ = result
