// Dependencies
using Microsoft.Graph.Models;

var requestBody = new DriveItem
{
    Name = "Field notes",
    Package = new Package
    {
        Type = "oneNote",
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].PatchAsync(requestBody);
