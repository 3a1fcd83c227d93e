from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.booking_businesses.item.appointments.item.cancel.cancel_post_request_body import CancelPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = CancelPostRequestBody(
    cancellation_message = "The technician is ill; we will call you to pick a new date.",
)

await graph_client.booking_businesses.by_booking_business_id("fabrikamrepairs@fabrikam.example.com").appointments.by_booking_appointment_id("AAMkAGQ3NDk5YTk5LTU3ZjAtNDYwNS1iYjY0LWI5ZjU4NGE1OWE0OQBGAAA=").cancel.post(request_body)
