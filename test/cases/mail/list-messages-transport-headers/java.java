import com.microsoft.graph.models.MessageCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
MessageCollectionResponse result = graphClient
  .me()
  .messages()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "subject",
    };
    requestConfiguration.queryParameters.top = 5;
    requestConfiguration.headers.add(
      "Prefer",
      "outlook.body-content-type=\"text\""
    );
  });
