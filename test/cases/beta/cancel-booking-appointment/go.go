import (
	"context"
	"log"

	graphbookingbusinesses "github.com/microsoftgraph/msgraph-beta-sdk-go/bookingbusinesses"
)

requestBody := graphbookingbusinesses.NewItemAppointmentsItemCancelPostRequestBody()
cancellationMessage := "The technician is ill; we will call you to pick a new date."
requestBody.SetCancellationMessage(&cancellationMessage)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.BookingBusinesses().ByBookingBusinessId("fabrikamrepairs@fabrikam.example.com").Appointments().ByBookingAppointmentId("AAMkAGQ3NDk5YTk5LTU3ZjAtNDYwNS1iYjY0LWI5ZjU4NGE1OWE0OQBGAAA=").Cancel().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
