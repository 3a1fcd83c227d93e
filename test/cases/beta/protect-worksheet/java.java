import com.microsoft.graph.beta.drives.item.items.item.workbook.worksheets.item.protection.protect.ProtectPostRequestBody;
import com.microsoft.graph.beta.models.WorkbookWorksheetProtectionOptions;

ProtectPostRequestBody protectPostRequestBody =
  new ProtectPostRequestBody();
WorkbookWorksheetProtectionOptions options =
  new WorkbookWorksheetProtectionOptions();
options.setAllowFormatCells(false);
options.setAllowInsertRows(true);
options.setAllowDeleteRows(false);
options.setAllowSort(true);
options.setAllowAutoFilter(true);
protectPostRequestBody.setOptions(options);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ")
  .workbook()
  .worksheets()
  .byWorkbookWorksheetId("Budget")
  .protection()
  .protect()
  .post(protectPostRequestBody);
