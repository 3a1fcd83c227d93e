// Dependencies
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new CreateUploadSessionPostRequestBody
{
    Item = new DriveItemUploadableProperties
    {
        Name = "site-survey-2025.mp4",
        Description = "Drone footage of the north field",
        FileSize = 5368709120L,
        AdditionalData = new Dictionary<string, object>
        {
            { "@microsoft.graph.conflictBehavior", "rename" },
        },
    },
    AdditionalData = new Dictionary<string, object>
    {
        { "deferCommit", true },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].CreateUploadSession.PostAsync(requestBody);
