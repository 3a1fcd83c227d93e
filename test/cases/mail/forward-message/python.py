from msgraph import GraphServiceClient
from msgraph.generated.models.email_address import EmailAddress
from msgraph.generated.models.recipient import Recipient
from msgraph.generated.users.item.messages.item.forward.forward_post_request_body import ForwardPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ForwardPostRequestBody(
    comment = "Forwarding the supplier's quote for review.",
    to_recipients = [
        Recipient(
            email_address = EmailAddress(
                name = "Priya Natarajan",
                address = "priya.n@fabrikam.example",
            ),
        ),
    ],
)

await graph_client.me.messages.by_message_id("message-id").forward.post(request_body)
