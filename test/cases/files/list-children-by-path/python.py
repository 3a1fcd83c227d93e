from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.drives.item.items.item.children.children_request_builder import ChildrenRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = ChildrenRequestBuilder.ChildrenRequestBuilderGetQueryParameters(
    select = ["name", "size", "lastModifiedDateTime"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.drives.by_drive_id("drive-id").items.by_drive_item_id("root:/Receipts/2025-03:").children.get(request_configuration = request_configuration)
