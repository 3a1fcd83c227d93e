from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.booking_customer import BookingCustomer

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = BookingCustomer(
    display_name = "Ilse Vandenberghe",
    email_address = "ilse.v@northwind.example.org",
)

result = await graph_client.booking_businesses.by_booking_business_id("fabrikamrepairs@fabrikam.example.com").customers.post(request_body)
