from uuid import UUID

from msgraph import GraphServiceClient
from msgraph.generated.models.assigned_license import AssignedLicense
from msgraph.generated.users.item.assign_license.assign_license_post_request_body import AssignLicensePostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AssignLicensePostRequestBody(
    add_licenses = [
        AssignedLicense(
            disabled_plans = [
                UUID("6b5d4f2a-93c1-4e07-b8a2-1f0c9d3e7a55"),
            ],
            sku_id = UUID("c2e41a7b-0f38-4d9e-a6b1-58d7e3f9024c"),
        ),
    ],
    remove_licenses = [],
)

result = await graph_client.users.by_user_id("user-id").assign_license.post(request_body)
