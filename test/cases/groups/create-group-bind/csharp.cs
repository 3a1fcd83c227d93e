// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new Group
{
    Description = "Volunteers for the spring cleanup",
    DisplayName = "Riverbank cleanup",
    GroupTypes = new List<string>
    {
        "Unified",
    },
    MailEnabled = true,
    MailNickname = "riverbank-cleanup",
    SecurityEnabled = false,
    AdditionalData = new Dictionary<string, object>
    {
        {
            "owners@odata.bind", new List<string>
            {
                "https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49",
            }
        },
        {
            "members@odata.bind", new List<string>
            {
                "https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49",
                "https://graph.microsoft.com/v1.0/users/a41e9d07-3c58-4f2b-9e6a-07b8c3d1f5e2",
            }
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Groups.PostAsync(requestBody);
