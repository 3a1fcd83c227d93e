from msgraph import GraphServiceClient
from msgraph.generated.models.workbook_chart_axis import WorkbookChartAxis

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = WorkbookChartAxis(
    additional_data = {
        "majorUnit": 25,
        "maximum": 200,
        "minimum": {
            "auto": True,
        },
    },
)

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").workbook.worksheets.by_workbook_worksheet_id("workbookWorksheet-id").charts.by_workbook_chart_id("workbookChart-id").axes.value_axis.patch(request_body)
