// Dependencies
using Microsoft.Graph.Me.SendMail;
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new SendMailPostRequestBody
{
    Message = new Message
    {
        Subject = "Gate code changed",
        ToRecipients = new List<Recipient>
        {
            new Recipient
            {
                EmailAddress = new EmailAddress
                {
                    Address = "tenants@fabrikam.example",
                },
            },
        },
    },
    SaveToSentItems = false,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Me.SendMail.PostAsync(requestBody);
