from msgraph import GraphServiceClient
from msgraph.generated.directory_objects.get_by_ids.get_by_ids_post_request_body import GetByIdsPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = GetByIdsPostRequestBody(
    ids = [
        "c58a2e0f-7d41-4b96-8e3c-1f9b6a0d4e27",
        "0e4b7d1a-f352-49c8-a6d0-b8e2c5f7193a",
    ],
    types = [
        "user",
        "group",
    ],
)

result = await graph_client.directory_objects.get_by_ids.post(request_body)
