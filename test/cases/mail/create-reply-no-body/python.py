from msgraph import GraphServiceClient
from msgraph.generated.users.item.messages.item.create_reply.create_reply_post_request_body import CreateReplyPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = CreateReplyPostRequestBody()

result = await graph_client.me.messages.by_message_id("message-id").create_reply.post(request_body)
