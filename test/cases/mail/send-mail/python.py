from msgraph import GraphServiceClient
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.email_address import EmailAddress
from msgraph.generated.models.importance import Importance
from msgraph.generated.models.item_body import ItemBody
from msgraph.generated.models.message import Message
from msgraph.generated.models.recipient import Recipient
from msgraph.generated.users.item.send_mail.send_mail_post_request_body import SendMailPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = SendMailPostRequestBody(
    message = Message(
        subject = "Quarterly inventory count on Friday",
        body = ItemBody(
            content_type = BodyType.Text,
            content = "Please finish the shelf count for aisle 7 before noon.",
        ),
        to_recipients = [
            Recipient(
                email_address = EmailAddress(
                    address = "ines.duarte@fabrikam.example",
                ),
            ),
        ],
        cc_recipients = [
            Recipient(
                email_address = EmailAddress(
                    name = "Warehouse team",
                    address = "warehouse@fabrikam.example",
                ),
            ),
        ],
        importance = Importance.High,
    ),
    save_to_sent_items = True,
)

await graph_client.me.send_mail.post(request_body)
