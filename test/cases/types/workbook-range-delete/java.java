import com.microsoft.graph.drives.item.items.item.workbook.names.item.range.delete.DeletePostRequestBody;

DeletePostRequestBody deletePostRequestBody = new DeletePostRequestBody();
deletePostRequestBody.setShift("Up");

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .workbook()
  .names()
  .byWorkbookNamedItemId("{workbookNamedItem-id}")
  .range()
  .deletePath()
  .post(deletePostRequestBody);
