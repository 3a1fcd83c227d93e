from msgraph import GraphServiceClient
from msgraph.generated.models.drive_item import DriveItem
from msgraph.generated.models.package import Package

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = DriveItem(
    name = "Field notes",
    package = Package(
        type = "oneNote",
    ),
)

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").patch(request_body)
