import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.ChatMessage;
import com.microsoft.graph.models.ChatMessageImportance;
import com.microsoft.graph.models.ItemBody;

ChatMessage chatMessage = new ChatMessage();
chatMessage.setSubject("Crane 3 maintenance");
ItemBody body = new ItemBody();
body.setContentType(BodyType.Html);
body.setContent(
  "<p>Crane 3 is out of service from <b>06:00</b> to <b>14:00</b>.</p>"
);
chatMessage.setBody(body);
chatMessage.setImportance(ChatMessageImportance.Urgent);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
ChatMessage result = graphClient
  .teams()
  .byTeamId("{team-id}")
  .channels()
  .byChannelId("{channel-id}")
  .messages()
  .post(chatMessage);
