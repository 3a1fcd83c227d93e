// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .delete(requestConfiguration -> {
    requestConfiguration.headers.add(
      "If-Match",
      "\"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3\""
    );
  });
