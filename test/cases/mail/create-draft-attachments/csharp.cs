// Dependencies
using Microsoft.Graph.Models;
using System;
using System.Collections.Generic;

var requestBody = new Message
{
    Subject = "Signed lease and the viewing",
    From = new Recipient
    {
        EmailAddress = new EmailAddress
        {
            Name = "Rental office",
            Address = "leasing@fabrikam.example",
        },
    },
    Attachments = new List<Attachment>
    {
        new FileAttachment
        {
            OdataType = "#microsoft.graph.fileAttachment",
            Name = "lease.txt",
            ContentType = "text/plain",
            ContentBytes = Convert.FromBase64String("TGVhc2Ugc2lnbmVkIG9uIDIwMjUtMDItMTQu"),
        },
        new ItemAttachment
        {
            OdataType = "#microsoft.graph.itemAttachment",
            Name = "Viewing",
            Item = new Event
            {
                OdataType = "#microsoft.graph.event",
                Subject = "Apartment viewing",
                Start = new DateTimeTimeZone
                {
                    DateTime = "2025-02-20T16:30:00",
                    TimeZone = "Pacific Standard Time",
                },
                End = new DateTimeTimeZone
                {
                    DateTime = "2025-02-20T17:00:00",
                    TimeZone = "Pacific Standard Time",
                },
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Messages.PostAsync(requestBody);
