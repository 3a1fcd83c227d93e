// Dependencies
using Microsoft.Graph.Models;
using System;
using System.Collections.Generic;

var requestBody = new User
{
    BusinessPhones = new List<string>
    {
        "+52 55 4100 7788",
        "+52 55 4100 7789",
    },
    OfficeLocation = "Torre B, piso 12",
    EmployeeHireDate = DateTimeOffset.Parse("2023-11-06T00:00:00Z"),
    MobilePhone = null,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users["{user-id}"].PatchAsync(requestBody);
