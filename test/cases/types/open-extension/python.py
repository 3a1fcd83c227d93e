from msgraph import GraphServiceClient
from msgraph.generated.models.open_type_extension import OpenTypeExtension

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = OpenTypeExtension(
    odata_type = "microsoft.graph.openTypeExtension",
    extension_name = "com.fabrikam.kioskSettings",
    additional_data = {
        "theme": "high-contrast",
        "fontScale": 1.25,
        "pinnedApps": [
            "timesheet",
            "badge",
        ],
        "layout": {
            "columns": 3,
            "compact": False,
        },
    },
)

result = await graph_client.me.extensions.post(request_body)
