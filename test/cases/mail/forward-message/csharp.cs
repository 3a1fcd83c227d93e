// Dependencies
using Microsoft.Graph.Me.Messages.Item.Forward;
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new ForwardPostRequestBody
{
    Comment = "Forwarding the supplier's quote for review.",
    ToRecipients = new List<Recipient>
    {
        new Recipient
        {
            EmailAddress = new EmailAddress
            {
                Name = "Priya Natarajan",
                Address = "priya.n@fabrikam.example",
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Me.Messages["{message-id}"].Forward.PostAsync(requestBody);
