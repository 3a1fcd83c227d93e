// Dependencies
using Microsoft.Graph.Models;
using System;

var requestBody = new Contact
{
    GivenName = "Ilse",
    Surname = "Brandt",
    Birthday = DateTimeOffset.Parse("0001-01-01T00:00:00Z"),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Contacts.PostAsync(requestBody);
