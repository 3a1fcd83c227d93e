from datetime import datetime, timezone

from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.subscription import Subscription

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Subscription(
    change_type = "created",
    notification_url = "https://hooks.fabrikam.example.com/graph/notify",
    resource = "me/mailFolders('Inbox')/messages",
    expiration_date_time = datetime(2026, 2, 12, 9, 30, 0, tzinfo=timezone.utc),
    client_state = "fabrikam-4711",
    latest_supported_tls_version = "v1_2",
)

result = await graph_client.subscriptions.post(request_body)
