// Dependencies
using Microsoft.Graph.Me.SendMail;
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new SendMailPostRequestBody
{
    Message = new Message
    {
        Subject = "Quarterly inventory count on Friday",
        Body = new ItemBody
        {
            ContentType = BodyType.Text,
            Content = "Please finish the shelf count for aisle 7 before noon.",
        },
        ToRecipients = new List<Recipient>
        {
            new Recipient
            {
                EmailAddress = new EmailAddress
                {
                    Address = "ines.duarte@fabrikam.example",
                },
            },
        },
        CcRecipients = new List<Recipient>
        {
            new Recipient
            {
                EmailAddress = new EmailAddress
                {
                    Name = "Warehouse team",
                    Address = "warehouse@fabrikam.example",
                },
            },
        },
        Importance = Importance.High,
    },
    SaveToSentItems = true,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Me.SendMail.PostAsync(requestBody);
