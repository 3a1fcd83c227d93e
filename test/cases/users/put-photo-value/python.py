from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = "Binary data for the image".encode("utf-8")

request_configuration = RequestConfiguration()
request_configuration.headers.add("Content-type", "image/jpeg")

await graph_client.me.photo.content.put(request_body, request_configuration = request_configuration)
