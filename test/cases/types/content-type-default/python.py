from msgraph import GraphServiceClient
from msgraph.generated.models.content_type import ContentType
from msgraph.generated.models.content_type_order import ContentTypeOrder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ContentType(
    name = "Purchase order",
    description = "A purchase order with its approval state",
    group = "Procurement",
    order = ContentTypeOrder(
        default = True,
        position = 1,
    ),
    hidden = False,
)

result = await graph_client.sites.by_site_id("site-id").content_types.post(request_body)
