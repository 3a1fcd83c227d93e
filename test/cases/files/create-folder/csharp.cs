// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new DriveItem
{
    Name = "Receipts 2025",
    Folder = new Folder(),
    AdditionalData = new Dictionary<string, object>
    {
        { "@microsoft.graph.conflictBehavior", "fail" },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["root"].Children.PostAsync(requestBody);
