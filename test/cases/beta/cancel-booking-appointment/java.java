import com.microsoft.graph.beta.bookingbusinesses.item.appointments.item.cancel.CancelPostRequestBody;

CancelPostRequestBody cancelPostRequestBody = new CancelPostRequestBody();
cancelPostRequestBody.setCancellationMessage(
  "The technician is ill; we will call you to pick a new date."
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .bookingBusinesses()
  .byBookingBusinessId("fabrikamrepairs@fabrikam.example.com")
  .appointments()
  .byBookingAppointmentId(
    "AAMkAGQ3NDk5YTk5LTU3ZjAtNDYwNS1iYjY0LWI5ZjU4NGE1OWE0OQBGAAA="
  )
  .cancel()
  .post(cancelPostRequestBody);
