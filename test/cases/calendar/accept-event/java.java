import com.microsoft.graph.users.item.events.item.accept.AcceptPostRequestBody;

AcceptPostRequestBody acceptPostRequestBody = new AcceptPostRequestBody();
acceptPostRequestBody.setComment("See you in room 4.");
acceptPostRequestBody.setSendResponse(false);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .me()
  .events()
  .byEventId("{event-id}")
  .accept()
  .post(acceptPostRequestBody);
