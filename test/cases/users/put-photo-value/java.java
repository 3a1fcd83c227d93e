import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

InputStream stream = new ByteArrayInputStream(
  "Binary data for the image".getBytes(StandardCharsets.UTF_8)
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
InputStream result = graphClient
  .me()
  .photo()
  .content()
  .put(stream, requestConfiguration -> {
    requestConfiguration.headers.add("Content-type", "image/jpeg");
  });
