from datetime import datetime, timedelta, timezone

from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.online_meeting import OnlineMeeting

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = OnlineMeeting(
    start_date_time = datetime(2026, 2, 18, 14, 0, 0, tzinfo=timezone(timedelta(hours=-8))),
    end_date_time = datetime(2026, 2, 18, 14, 45, 0, tzinfo=timezone(timedelta(hours=-8))),
    subject = "Badge system: handover",
)

result = await graph_client.me().online_meetings.post(request_body)
