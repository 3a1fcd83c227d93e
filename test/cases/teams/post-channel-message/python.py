from msgraph import GraphServiceClient
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.chat_message import ChatMessage
from msgraph.generated.models.chat_message_importance import ChatMessageImportance
from msgraph.generated.models.item_body import ItemBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ChatMessage(
    subject = "Crane 3 maintenance",
    body = ItemBody(
        content_type = BodyType.Html,
        content = "<p>Crane 3 is out of service from <b>06:00</b> to <b>14:00</b>.</p>",
    ),
    importance = ChatMessageImportance.Urgent,
)

result = await graph_client.teams.by_team_id("team-id").channels.by_channel_id("channel-id").messages.post(request_body)
