// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using System.Collections.Generic;

var requestBody = new WorkbookRange
{
    Values = new UntypedArray(new List<UntypedNode>
    {
        new UntypedArray(new List<UntypedNode>
        {
            new UntypedString("Item"),
            new UntypedString("Qty"),
            new UntypedString("Total"),
        }),
        new UntypedArray(new List<UntypedNode>
        {
            new UntypedString("Lamp"),
            new UntypedInteger(4),
            new UntypedString("=B2*19.9"),
        }),
    }),
    NumberFormat = new UntypedArray(new List<UntypedNode>
    {
        new UntypedArray(new List<UntypedNode>
        {
            new UntypedNull(),
            new UntypedNull(),
            new UntypedNull(),
        }),
        new UntypedArray(new List<UntypedNode>
        {
            new UntypedNull(),
            new UntypedString("0"),
            new UntypedString("0.00"),
        }),
    }),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].Workbook.Worksheets["{workbookWorksheet-id}"].RangeWithAddress(address: "A1:C2").PatchAsync(requestBody);
