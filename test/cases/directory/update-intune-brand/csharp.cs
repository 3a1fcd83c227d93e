// Dependencies
using Microsoft.Graph.Models;

var requestBody = new DeviceManagement
{
    IntuneBrand = new IntuneBrand
    {
        DisplayName = "Fabrikam IT",
        ContactITEmailAddress = "helpdesk@fabrikam.example",
        ThemeColor = new RgbColor
        {
            R = 0,
            G = 120,
            B = 215,
        },
        ShowLogo = true,
        ShowDisplayNameNextToLogo = false,
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.DeviceManagement.PatchAsync(requestBody);
