import base64
from datetime import datetime, timezone
from uuid import UUID

from msgraph import GraphServiceClient
from msgraph.generated.models.application import Application
from msgraph.generated.models.key_credential import KeyCredential

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Application(
    key_credentials = [
        KeyCredential(
            type = "AsymmetricX509Cert",
            usage = "Verify",
            display_name = "CN=build-agent",
            key_id = UUID("9d6f1b3e-40a7-4c2d-b5e8-6a0c3f7d1e94"),
            start_date_time = datetime(2025, 1, 1, 0, 0, 0, tzinfo=timezone.utc),
            end_date_time = datetime(2026, 1, 1, 0, 0, 0, tzinfo=timezone.utc),
            key = base64.b64decode("MIIBszCCAVmgAwIBAgIQXkRdZmFicmlrYW0tYnVpbGQ="),
        ),
    ],
)

result = await graph_client.applications.by_application_id("application-id").patch(request_body)
