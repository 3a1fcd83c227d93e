from msgraph import GraphServiceClient
from msgraph.generated.users.item.events.item.accept.accept_post_request_body import AcceptPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = AcceptPostRequestBody(
    comment = "See you in room 4.",
    send_response = False,
)

await graph_client.me.events.by_event_id("event-id").accept.post(request_body)
