from msgraph import GraphServiceClient
from msgraph.generated.security.cases.ediscovery_cases.item.custodians.microsoft_graph_security_apply_hold.apply_hold_post_request_body import ApplyHoldPostRequestBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ApplyHoldPostRequestBody(
    ids = [
        "0053a61a3b6c42738f7606791716a22a",
        "7a2a1c5a4e6a4bd4b8a4b1a9c2f3d4e5",
    ],
)

await graph_client.security.cases.ediscovery_cases.by_ediscovery_case_id("b0073e4e-4184-41c6-9eb7-8c8cc3e2288b").custodians.microsoft_graph_security_apply_hold.post(request_body)
