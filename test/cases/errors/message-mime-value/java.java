import java.io.InputStream;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
InputStream result = graphClient
  .me()
  .messages()
  .byMessageId("{message-id}")
  .content()
  .get();
