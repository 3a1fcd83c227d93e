from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_configuration = RequestConfiguration()
request_configuration.headers.add("workbook-session-id", "{session-id}")

await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("driveItem-id").workbook.close_session.post(request_configuration = request_configuration)
