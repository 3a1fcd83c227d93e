from msgraph_beta import GraphServiceClient

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
await graph_client.me().profile.interests.by_person_interest_id("personInterest-id").delete()
