from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.drives.item.items.item.workbook.worksheets.item.protection.protect.protect_post_request_body import ProtectPostRequestBody
from msgraph_beta.generated.models.workbook_worksheet_protection_options import WorkbookWorksheetProtectionOptions

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ProtectPostRequestBody(
    options = WorkbookWorksheetProtectionOptions(
        allow_format_cells = False,
        allow_insert_rows = True,
        allow_delete_rows = False,
        allow_sort = True,
        allow_auto_filter = True,
    ),
)

await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ").workbook.worksheets.by_workbook_worksheet_id("Budget").protection.protect.post(request_body)
