import com.microsoft.graph.models.WorkbookRange;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
WorkbookRange result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{driveItem-id}")
  .workbook()
  .worksheets()
  .byWorkbookWorksheetId("{workbookWorksheet-id}")
  .cellWithRowWithColumn(0, 0)
  .get();
