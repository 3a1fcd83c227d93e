from msgraph import GraphServiceClient
from msgraph.generated.models.drive_item import DriveItem
from msgraph.generated.models.folder import Folder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = DriveItem(
    name = "Receipts 2025",
    folder = Folder(),
    additional_data = {
        "@microsoft.graph.conflictBehavior": "fail",
    },
)

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("root").children.post(request_body)
