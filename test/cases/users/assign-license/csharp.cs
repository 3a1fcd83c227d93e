// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.AssignLicense;
using System;
using System.Collections.Generic;

var requestBody = new AssignLicensePostRequestBody
{
    AddLicenses = new List<AssignedLicense>
    {
        new AssignedLicense
        {
            DisabledPlans = new List<Guid?>
            {
                Guid.Parse("6b5d4f2a-93c1-4e07-b8a2-1f0c9d3e7a55"),
            },
            SkuId = Guid.Parse("c2e41a7b-0f38-4d9e-a6b1-58d7e3f9024c"),
        },
    },
    RemoveLicenses = new List<Guid?>(),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users["{user-id}"].AssignLicense.PostAsync(requestBody);
