from datetime import datetime, timezone

from msgraph import GraphServiceClient
from msgraph.generated.models.contact import Contact

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Contact(
    given_name = "Ilse",
    surname = "Brandt",
    birthday = datetime(1, 1, 1, 0, 0, 0, tzinfo=timezone.utc),
)

result = await graph_client.me.contacts.post(request_body)
