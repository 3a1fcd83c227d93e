// Dependencies
using Microsoft.Kiota.Abstractions;

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Reports.GetYammerActivityUserDetailWithDate(date: new Date(2025, 5, 19)).GetAsync();
