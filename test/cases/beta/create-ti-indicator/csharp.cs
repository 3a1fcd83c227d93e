// Dependencies
using Microsoft.Graph.Beta.Models;
using System;
using System.Collections.Generic;

var requestBody = new TiIndicator
{
    Action = TiAction.Block,
    Confidence = 80,
    Description = "Installer seen in the phishing campaign of week 6",
    ExpirationDateTime = DateTimeOffset.Parse("2026-04-30T00:00:00Z"),
    ExternalId = "fabrikam-soc-20260210-017",
    FileHashType = FileHashType.Sha256,
    FileHashValue = "3f9b0c1d8e2a7f6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b",
    Severity = 4,
    Tags = new List<string>
    {
        "phishing",
        "installer",
    },
    TargetProduct = "Azure Sentinel",
    ThreatType = "Malware",
    TlpLevel = TlpLevel.Amber,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Security.TiIndicators.PostAsync(requestBody);
