from msgraph import GraphServiceClient
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.importance import Importance
from msgraph.generated.models.item_body import ItemBody
from msgraph.generated.models.message import Message

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Message(
    importance = Importance.Low,
    body = ItemBody(
        content_type = BodyType.Text,
        content = "Updated agenda attached.",
    ),
)

result = await graph_client.me.messages.by_message_id("message-id").patch(request_body)
