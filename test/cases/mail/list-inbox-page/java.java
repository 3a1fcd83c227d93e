import com.microsoft.graph.models.MessageCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
MessageCollectionResponse result = graphClient
  .me()
  .mailFolders()
  .byMailFolderId("inbox")
  .messages()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.filter = "isRead eq false";
    requestConfiguration.queryParameters.select = new String[] {
      "subject",
      "from",
      "receivedDateTime",
    };
    requestConfiguration.queryParameters.top = 10;
    requestConfiguration.queryParameters.skip = 10;
    requestConfiguration.headers.add(
      "Prefer",
      "outlook.body-content-type=\"text\""
    );
  });
