// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new PlannerTask
{
    PlanId = "xqQg5FS2LkCp935s-FIFm2QAFkHM",
    Title = "Order spare belts",
    AdditionalData = new Dictionary<string, object>
    {
        { "colour", "orange" },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Planner.Tasks.PostAsync(requestBody);
