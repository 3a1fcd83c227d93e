// Dependencies
using Microsoft.Graph.Beta.Models;
using System;

var requestBody = new Subscription
{
    ChangeType = "created",
    NotificationUrl = "https://hooks.fabrikam.example.com/graph/notify",
    Resource = "me/mailFolders('Inbox')/messages",
    ExpirationDateTime = DateTimeOffset.Parse("2026-02-12T09:30:00Z"),
    ClientState = "fabrikam-4711",
    LatestSupportedTlsVersion = "v1_2",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Subscriptions.PostAsync(requestBody);
