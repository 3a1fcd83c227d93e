from datetime import datetime, timezone

from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.teams.item.schedule.share.share_post_request_body import SharePostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = SharePostRequestBody(
    notify_team = True,
    start_date_time = datetime(2026, 3, 2, 0, 0, 0, tzinfo=timezone.utc),
    end_date_time = datetime(2026, 3, 9, 0, 0, 0, tzinfo=timezone.utc),
)

await graph_client.teams.by_team_id("6b0f3e2d-9a41-4c75-b8d2-1e7f0c93a5b4").schedule.share.post(request_body)
