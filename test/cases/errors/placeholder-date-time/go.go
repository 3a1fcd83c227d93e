import (
	"context"
	"log"
	"time"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewContact()
givenName := "Ilse"
requestBody.SetGivenName(&givenName)
surname := "Brandt"
requestBody.SetSurname(&surname)
birthday := time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
requestBody.SetBirthday(&birthday)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Contacts().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
