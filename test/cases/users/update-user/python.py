from datetime import datetime, timezone

from msgraph import GraphServiceClient
from msgraph.generated.models.user import User

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = User(
    business_phones = [
        "+52 55 4100 7788",
        "+52 55 4100 7789",
    ],
    office_location = "Torre B, piso 12",
    employee_hire_date = datetime(2023, 11, 6, 0, 0, 0, tzinfo=timezone.utc),
    mobile_phone = None,
)

result = await graph_client.users.by_user_id("user-id").patch(request_body)
