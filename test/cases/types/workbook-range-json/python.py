from msgraph import GraphServiceClient
from msgraph.generated.models.workbook_range import WorkbookRange

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = WorkbookRange(
    additional_data = {
        "values": [
            [
                "Item",
                "Qty",
                "Total",
            ],
            [
                "Lamp",
                4,
                "=B2*19.9",
            ],
        ],
        "numberFormat": [
            [
                None,
                None,
                None,
            ],
            [
                None,
                "0",
                "0.00",
            ],
        ],
    },
)

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").workbook.worksheets.by_workbook_worksheet_id("workbookWorksheet-id").range_with_address(address = "A1:C2").patch(request_body)
