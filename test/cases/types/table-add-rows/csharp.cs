// Dependencies
using Microsoft.Graph.Drives.Item.Items.Item.Workbook.Tables.Item.Rows.Add;
using Microsoft.Kiota.Abstractions.Serialization;
using System.Collections.Generic;

var requestBody = new AddPostRequestBody
{
    Index = null,
    Values = new UntypedArray(new List<UntypedNode>
    {
        new UntypedArray(new List<UntypedNode>
        {
            new UntypedString("Oslo"),
            new UntypedInteger(3),
            new UntypedBoolean(true),
        }),
        new UntypedArray(new List<UntypedNode>
        {
            new UntypedString("Kyiv"),
            new UntypedDouble(5.5d),
            new UntypedNull(),
        }),
    }),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].Workbook.Tables["{workbookTable-id}"].Rows.Add.PostAsync(requestBody);
