import (
	"context"
	"log"
)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Me().Profile().Interests().ByPersonInterestId("personInterest-id").Delete(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
