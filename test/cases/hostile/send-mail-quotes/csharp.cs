// Dependencies
using Microsoft.Graph.Me.SendMail;
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new SendMailPostRequestBody
{
    Message = new Message
    {
        Subject = "Re: \"Q3\" plan — Ana's 'final' `draft` “v2” ‘b’ «c»",
        Body = new ItemBody
        {
            ContentType = BodyType.Text,
            Content = "Path: C:\\Users\\ana\\plan.docx\nRegex: ^\\d+\\.\\d*$ and a literal \\n stays\n\tIndented line\r\nEnd \\\" quote",
        },
        ToRecipients = new List<Recipient>
        {
            new Recipient
            {
                EmailAddress = new EmailAddress
                {
                    Name = "O'Neil, \"Sam\"",
                    Address = "sam.oneil@fabrikam.example",
                },
            },
        },
    },
    SaveToSentItems = false,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Me.SendMail.PostAsync(requestBody);
