// Dependencies
using Microsoft.Graph.Beta.Teams.Item.Schedule.Share;
using System;

var requestBody = new SharePostRequestBody
{
    NotifyTeam = true,
    StartDateTime = DateTimeOffset.Parse("2026-03-02T00:00:00Z"),
    EndDateTime = DateTimeOffset.Parse("2026-03-09T00:00:00Z"),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Teams["6b0f3e2d-9a41-4c75-b8d2-1e7f0c93a5b4"].Schedule.Share.PostAsync(requestBody);
