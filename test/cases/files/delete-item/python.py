from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_configuration = RequestConfiguration()
request_configuration.headers.add("If-Match", "\"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3\"")

await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").delete(request_configuration = request_configuration)
