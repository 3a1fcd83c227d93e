from uuid import UUID

from msgraph import GraphServiceClient
from msgraph.generated.groups.item.validate_properties.validate_properties_post_request_body import ValidatePropertiesPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ValidatePropertiesPostRequestBody(
    display_name = "Pendulum lab group",
    mail_nickname = "pendulum-lab",
    on_behalf_of_user_id = UUID("c4a1e0f2-8d3b-4e6a-b7c9-2f5d1e0a9b38"),
)

await graph_client.groups.by_group_id("3a7c9d20-6b1e-4f0a-9c55-0d2e8b7f41aa").validate_properties.post(request_body)
