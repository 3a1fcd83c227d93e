import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
)

date := serialization.NewDateOnly(time.Date(2025, time.May, 19, 0, 0, 0, 0, time.UTC))

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Reports().GetYammerActivityUserDetailWithDate(date).Get(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
_ = result
