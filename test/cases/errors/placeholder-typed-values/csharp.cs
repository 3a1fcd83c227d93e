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
            DisabledPlans = new List<Guid?>(),
            SkuId = Guid.Parse("00000000-0000-0000-0000-000000000000"),
        },
    },
    RemoveLicenses = new List<Guid?>
    {
        Guid.Parse("00000000-0000-0000-0000-000000000000"),
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users["{user-id}"].AssignLicense.PostAsync(requestBody);
