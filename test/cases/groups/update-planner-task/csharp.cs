// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using System;
using System.Collections.Generic;

var requestBody = new PlannerTask
{
    PercentComplete = 50,
    DueDateTime = DateTimeOffset.Parse("2025-06-30T17:00:00Z"),
    Priority = 3,
    Assignments = new PlannerAssignments
    {
        AdditionalData = new Dictionary<string, object>
        {
            {
                "5e8c1a2f-7b34-4d90-a6e1-c3f8b0d27a64", new UntypedObject(new Dictionary<string, UntypedNode>
                {
                    { "@odata.type", new UntypedString("#microsoft.graph.plannerAssignment") },
                    { "orderHint", new UntypedString(" !") },
                })
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Planner.Tasks["{plannerTask-id}"].PatchAsync(requestBody, (requestConfiguration) =>
{
    requestConfiguration.Headers.Add("Prefer", "return=representation");
    requestConfiguration.Headers.Add("If-Match", "W/\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc=\"");
});
