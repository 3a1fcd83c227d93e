import com.microsoft.graph.models.DriveItem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

InputStream stream = new ByteArrayInputStream(
  "Draft of the annual report.".getBytes(StandardCharsets.UTF_8)
);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DriveItem result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("root:/Documents/report.docx:")
  .content()
  .put(stream, requestConfiguration -> {
    requestConfiguration.headers.add("Content-type", "text/plain");
  });
