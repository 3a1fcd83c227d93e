import com.microsoft.graph.models.WorkbookTableColumn;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
WorkbookTableColumn result = graphClient
  .drives()
  .byDriveId("{drive-id}")
  .items()
  .byDriveItemId("{item-id}")
  .workbook()
  .tables()
  .byWorkbookTableId("{table-id}")
  .columns()
  .itemAtWithIndex(1)
  .get();
