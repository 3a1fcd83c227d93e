// Dependencies
using Microsoft.Graph.Beta.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using System;
using System.Collections.Generic;

var requestBody = new PlannerTask
{
    PlanId = "Rk3tZx8wT0-9hY2mQnLpA2QAB7cD",
    BucketId = "c4Vt0mYbq0OZ8sPdL1kx3GQAFf9E",
    Title = "Order replacement badges",
    DueDateTime = DateTimeOffset.Parse("2026-03-14T17:00:00Z"),
    Assignments = new PlannerAssignments
    {
        AdditionalData = new Dictionary<string, object>
        {
            {
                "5d1c8a34-77e2-4a0f-9b61-0e3c2f8d4a7b", new UntypedObject(new Dictionary<string, UntypedNode>
                {
                    { "@odata.type", new UntypedString("#microsoft.graph.plannerAssignment") },
                    { "orderHint", new UntypedString(" !") },
                })
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Planner.Tasks.PostAsync(requestBody);
