import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.Importance;
import com.microsoft.graph.models.ItemBody;
import com.microsoft.graph.models.Message;

Message message = new Message();
message.setImportance(Importance.Low);
ItemBody body = new ItemBody();
body.setContentType(BodyType.Text);
body.setContent("Updated agenda attached.");
message.setBody(body);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Message result = graphClient
  .me()
  .messages()
  .byMessageId("{message-id}")
  .patch(message);
