// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using System.Collections.Generic;

var requestBody = new OpenTypeExtension
{
    OdataType = "microsoft.graph.openTypeExtension",
    ExtensionName = "com.fabrikam.kioskSettings",
    AdditionalData = new Dictionary<string, object>
    {
        { "theme", "high-contrast" },
        { "fontScale", 1.25d },
        {
            "pinnedApps", new List<string>
            {
                "timesheet",
                "badge",
            }
        },
        {
            "layout", new UntypedObject(new Dictionary<string, UntypedNode>
            {
                { "columns", new UntypedInteger(3) },
                { "compact", new UntypedBoolean(false) },
            })
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Extensions.PostAsync(requestBody);
