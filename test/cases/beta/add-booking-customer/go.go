import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewBookingCustomer()
displayName := "Ilse Vandenberghe"
requestBody.SetDisplayName(&displayName)
emailAddress := "ilse.v@northwind.example.org"
requestBody.SetEmailAddress(&emailAddress)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.BookingBusinesses().ByBookingBusinessId("fabrikamrepairs@fabrikam.example.com").Customers().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
