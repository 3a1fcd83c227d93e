// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.ServicePrincipals["7c1e9a52-3d60-4b8f-a2e4-d5f0c81b96a3"].Synchronization.Jobs["fabrikamHR.0e4b3c2a1f9d8e7c"].Start.PostAsync();
