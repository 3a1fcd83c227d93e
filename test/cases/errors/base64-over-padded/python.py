import base64

from msgraph import GraphServiceClient
from msgraph.generated.models.file_attachment import FileAttachment

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = FileAttachment(
    odata_type = "#microsoft.graph.fileAttachment",
    name = "hello.txt",
    content_bytes = base64.b64decode("SGVsbG8gd29ybGQ="),
)

result = await graph_client.me.messages.by_message_id("message-id").attachments.post(request_body)
