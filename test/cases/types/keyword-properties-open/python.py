from msgraph import GraphServiceClient
from msgraph.generated.models.message import Message

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Message(
    subject = "Keywords as property names",
    additional_data = {
        "function": "route",
        "class": "internal",
        "var": "v2",
        "string": "s",
        "object": {
            "nested": [
                1,
                "two",
                {
                    "three": 3,
                },
            ],
        },
        "in": 1,
        "is": True,
        "import": "none",
        "global": False,
        "async": None,
        "package": "p",
        "default": "d",
        "select": "x",
    },
)

result = await graph_client.me.messages.post(request_body)
