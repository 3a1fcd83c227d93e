from msgraph import GraphServiceClient
from msgraph.generated.drives.item.items.item.workbook.names.item.range.delete.delete_post_request_body import DeletePostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = DeletePostRequestBody(
    shift = "Up",
)

await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").workbook.names.by_workbook_named_item_id("workbookNamedItem-id").range.delete_path.post(request_body)
