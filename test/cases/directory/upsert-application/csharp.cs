// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new Application
{
    DisplayName = "Fabrikam Timesheets",
    SignInAudience = "AzureADMyOrg",
    Tags = new List<string>
    {
        "hr",
        "timekeeping",
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.ApplicationsWithUniqueName(uniqueName: "fabrikam-timesheets").PutAsync(requestBody, (requestConfiguration) =>
{
    requestConfiguration.Headers.Add("Prefer", "create-if-missing");
});
