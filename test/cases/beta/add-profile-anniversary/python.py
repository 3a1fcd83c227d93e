from datetime import date

from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.person_annual_event import PersonAnnualEvent
from msgraph_beta.generated.models.person_annual_event_type import PersonAnnualEventType

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = PersonAnnualEvent(
    type = PersonAnnualEventType.Birthday,
    date = date(1990, 7, 21),
)

result = await graph_client.me().profile.anniversaries.post(request_body)
