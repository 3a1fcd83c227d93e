import com.microsoft.graph.models.Message;
import com.microsoft.graph.users.item.messages.item.createreply.CreateReplyPostRequestBody;

CreateReplyPostRequestBody createReplyPostRequestBody =
  new CreateReplyPostRequestBody();

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
Message result = graphClient
  .me()
  .messages()
  .byMessageId("{message-id}")
  .createReply()
  .post(createReplyPostRequestBody);
