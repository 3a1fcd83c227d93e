// Dependencies
using Microsoft.Graph.Models;
using System;
using System.Collections.Generic;

var requestBody = new Application
{
    KeyCredentials = new List<KeyCredential>
    {
        new KeyCredential
        {
            Type = "AsymmetricX509Cert",
            Usage = "Verify",
            DisplayName = "CN=build-agent",
            KeyId = Guid.Parse("9d6f1b3e-40a7-4c2d-b5e8-6a0c3f7d1e94"),
            StartDateTime = DateTimeOffset.Parse("2025-01-01T00:00:00Z"),
            EndDateTime = DateTimeOffset.Parse("2026-01-01T00:00:00Z"),
            Key = Convert.FromBase64String("MIIBszCCAVmgAwIBAgIQXkRdZmFicmlrYW0tYnVpbGQ="),
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Applications["{application-id}"].PatchAsync(requestBody);
