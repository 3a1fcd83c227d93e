import com.microsoft.graph.teams.getallmessages.GetAllMessagesGetResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
GetAllMessagesGetResponse result = graphClient
  .teams()
  .getAllMessages()
  .get();
