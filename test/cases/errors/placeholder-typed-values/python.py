from uuid import UUID

from msgraph import GraphServiceClient
from msgraph.generated.models.assigned_license import AssignedLicense
from msgraph.generated.users.item.assign_license.assign_license_post_request_body import AssignLicensePostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AssignLicensePostRequestBody(
    add_licenses = [
        AssignedLicense(
            disabled_plans = [],
            sku_id = UUID("00000000-0000-0000-0000-000000000000"),
        ),
    ],
    remove_licenses = [
        UUID("00000000-0000-0000-0000-000000000000"),
    ],
)

result = await graph_client.users.by_user_id("user-id").assign_license.post(request_body)
