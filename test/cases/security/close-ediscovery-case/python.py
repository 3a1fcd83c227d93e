from msgraph import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
await graph_client.security.cases.ediscovery_cases.by_ediscovery_case_id("ediscoveryCaseId").microsoft_graph_security_close.post()
