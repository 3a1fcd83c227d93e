// Dependencies
using Microsoft.Graph.Me.GetMailTips;
using Microsoft.Graph.Models;
using System.Collections.Generic;

var requestBody = new GetMailTipsPostRequestBody
{
    EmailAddresses = new List<string>
    {
        "kwame.boateng@fabrikam.example",
        "orders@fabrikam.example",
    },
    MailTipsOptions = MailTipsType.AutomaticReplies | MailTipsType.MailboxFullStatus,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.GetMailTips.PostAsGetMailTipsPostResponseAsync(requestBody);
