// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .workbook()
  .closeSession()
  .post(requestConfiguration -> {
    requestConfiguration.headers.add("workbook-session-id", "{session-id}");
  });
