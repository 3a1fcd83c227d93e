from msgraph import GraphServiceClient
from msgraph.generated.drives.item.items.item.workbook.tables.item.rows.add.add_post_request_body import AddPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AddPostRequestBody(
    index = None,
    additional_data = {
        "values": [
            [
                "Oslo",
                3,
                True,
            ],
            [
                "Kyiv",
                5.5,
                None,
            ],
        ],
    },
)

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").workbook.tables.by_workbook_table_id("workbookTable-id").rows.add.post(request_body)
