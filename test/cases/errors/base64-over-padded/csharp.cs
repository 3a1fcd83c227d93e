// Dependencies
using Microsoft.Graph.Models;
using System;

var requestBody = new FileAttachment
{
    OdataType = "#microsoft.graph.fileAttachment",
    Name = "hello.txt",
    ContentBytes = Convert.FromBase64String("SGVsbG8gd29ybGQ="),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Messages["{message-id}"].Attachments.PostAsync(requestBody);
