from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = "Draft of the annual report.".encode("utf-8")

request_configuration = RequestConfiguration()
request_configuration.headers.add("Content-type", "text/plain")

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("root:/Documents/report.docx:").content.put(request_body, request_configuration = request_configuration)
