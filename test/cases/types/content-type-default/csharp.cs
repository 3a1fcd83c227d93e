// Dependencies
using Microsoft.Graph.Models;

var requestBody = new ContentType
{
    Name = "Purchase order",
    Description = "A purchase order with its approval state",
    Group = "Procurement",
    Order = new ContentTypeOrder
    {
        Default = true,
        Position = 1,
    },
    Hidden = false,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Sites["{site-id}"].ContentTypes.PostAsync(requestBody);
