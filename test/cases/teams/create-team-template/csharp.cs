// Dependencies
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new Team
{
    DisplayName = "Harbor logistics",
    Description = "Berth schedules and crane bookings",
    Members = new List<ConversationMember>
    {
        new AadUserConversationMember
        {
            OdataType = "#microsoft.graph.aadUserConversationMember",
            Roles = new List<string>
            {
                "owner",
            },
            AdditionalData = new Dictionary<string, object>
            {
                { "user@odata.bind", "https://graph.microsoft.com/v1.0/users('5f0a9c3e-b72d-4e18-91a6-c4d8e2b07f53')" },
            },
        },
    },
    AdditionalData = new Dictionary<string, object>
    {
        { "template@odata.bind", "https://graph.microsoft.com/v1.0/teamsTemplates('standard')" },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Teams.PostAsync(requestBody);
