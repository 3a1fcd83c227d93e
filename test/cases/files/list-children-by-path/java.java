import com.microsoft.graph.models.DriveItemCollectionResponse;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DriveItemCollectionResponse result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("root:/Receipts/2025-03:")
  .children()
  .get(requestConfiguration -> {
    requestConfiguration.queryParameters.select = new String[] {
      "name",
      "size",
      "lastModifiedDateTime",
    };
  });
