import java.io.InputStream;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
InputStream result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .content()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.format = "pdf";
  });
