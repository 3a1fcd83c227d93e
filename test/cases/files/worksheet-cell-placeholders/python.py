from msgraph import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
url = graph_client.request_adapter.base_url.rstrip("/") + "/drives/drive-id/items/driveItem-id/workbook/worksheets/workbookWorksheet-id/cell(row=0,column=0)"

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").workbook.worksheets.by_workbook_worksheet_id("workbookWorksheet-id").cell_with_row_with_column(row = 0, column = 0).with_url(url).get()
