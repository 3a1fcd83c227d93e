// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using System.Collections.Generic;

var requestBody = new WorkbookChartAxis
{
    MajorUnit = new UntypedInteger(25),
    Maximum = new UntypedInteger(200),
    Minimum = new UntypedObject(new Dictionary<string, UntypedNode>
    {
        { "auto", new UntypedBoolean(true) },
    }),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].Workbook.Worksheets["{workbookWorksheet-id}"].Charts["{workbookChart-id}"].Axes.ValueAxis.PatchAsync(requestBody);
