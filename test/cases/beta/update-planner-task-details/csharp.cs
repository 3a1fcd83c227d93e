// Dependencies
using Microsoft.Graph.Beta.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using System.Collections.Generic;

var requestBody = new PlannerTaskDetails
{
    PreviewType = PlannerPreviewType.Checklist,
    Description = "Badges for the three new starters",
    Checklist = new PlannerChecklistItems
    {
        AdditionalData = new Dictionary<string, object>
        {
            {
                "0b9e6c52-41f4-4a8e-bd37-2a6f1d90c3e8", new UntypedObject(new Dictionary<string, UntypedNode>
                {
                    { "@odata.type", new UntypedString("microsoft.graph.plannerChecklistItem") },
                    { "title", new UntypedString("Collect photos") },
                    { "isChecked", new UntypedBoolean(true) },
                })
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Planner.Tasks["Rk3tZx8wT0-9hY2mQnLpA2QAB7cD"].Details.PatchAsync(requestBody, (requestConfiguration) =>
{
    requestConfiguration.Headers.Add("If-Match", "W/\"JzEtVGFza0RldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc=\"");
});
