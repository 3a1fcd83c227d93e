from msgraph_beta import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
result = await graph_client.connector_groups.by_connector_group_id("connectorGroup-id").get()
