from msgraph import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("item-id").workbook.tables.by_workbook_table_id("table-id").columns.item_at_with_index(index = 1).get()
