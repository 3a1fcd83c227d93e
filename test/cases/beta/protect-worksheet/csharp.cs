// Dependencies
using Microsoft.Graph.Beta.Drives.Item.Items.Item.Workbook.Worksheets.Item.Protection.Protect;
using Microsoft.Graph.Beta.Models;

var requestBody = new ProtectPostRequestBody
{
    Options = new WorkbookWorksheetProtectionOptions
    {
        AllowFormatCells = false,
        AllowInsertRows = true,
        AllowDeleteRows = false,
        AllowSort = true,
        AllowAutoFilter = true,
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Drives["{drive-id}"].Items["01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ"].Workbook.Worksheets["Budget"].Protection.Protect.PostAsync(requestBody);
