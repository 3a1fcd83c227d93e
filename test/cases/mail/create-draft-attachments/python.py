import base64

from msgraph import GraphServiceClient
from msgraph.generated.models.date_time_time_zone import DateTimeTimeZone
from msgraph.generated.models.email_address import EmailAddress
from msgraph.generated.models.event import Event
from msgraph.generated.models.file_attachment import FileAttachment
from msgraph.generated.models.item_attachment import ItemAttachment
from msgraph.generated.models.message import Message
from msgraph.generated.models.recipient import Recipient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Message(
    subject = "Signed lease and the viewing",
    from_ = Recipient(
        email_address = EmailAddress(
            name = "Rental office",
            address = "leasing@fabrikam.example",
        ),
    ),
    attachments = [
        FileAttachment(
            odata_type = "#microsoft.graph.fileAttachment",
            name = "lease.txt",
            content_type = "text/plain",
            content_bytes = base64.b64decode("TGVhc2Ugc2lnbmVkIG9uIDIwMjUtMDItMTQu"),
        ),
        ItemAttachment(
            odata_type = "#microsoft.graph.itemAttachment",
            name = "Viewing",
            item = Event(
                odata_type = "#microsoft.graph.event",
                subject = "Apartment viewing",
                start = DateTimeTimeZone(
                    date_time = "2025-02-20T16:30:00",
                    time_zone = "Pacific Standard Time",
                ),
                end = DateTimeTimeZone(
                    date_time = "2025-02-20T17:00:00",
                    time_zone = "Pacific Standard Time",
                ),
            ),
        ),
    ],
)

result = await graph_client.me.messages.post(request_body)
