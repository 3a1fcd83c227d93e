from msgraph_beta import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
await graph_client.service_principals.by_service_principal_id("7c1e9a52-3d60-4b8f-a2e4-d5f0c81b96a3").synchronization.jobs.by_synchronization_job_id("fabrikamHR.0e4b3c2a1f9d8e7c").start.post()
