from msgraph import GraphServiceClient
from msgraph.generated.models.email_address import EmailAddress
from msgraph.generated.models.message import Message
from msgraph.generated.models.recipient import Recipient
from msgraph.generated.users.item.send_mail.send_mail_post_request_body import SendMailPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = SendMailPostRequestBody(
    message = Message(
        subject = "Gate code changed",
        to_recipients = [
            Recipient(
                email_address = EmailAddress(
                    address = "tenants@fabrikam.example",
                ),
            ),
        ],
    ),
    save_to_sent_items = False,
)

await graph_client.me.send_mail.post(request_body)
