// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using System.Collections.Generic;

var requestBody = new Message
{
    Subject = "Keywords as property names",
    AdditionalData = new Dictionary<string, object>
    {
        { "function", "route" },
        { "class", "internal" },
        { "var", "v2" },
        { "string", "s" },
        {
            "object", new UntypedObject(new Dictionary<string, UntypedNode>
            {
                {
                    "nested", new UntypedArray(new List<UntypedNode>
                    {
                        new UntypedInteger(1),
                        new UntypedString("two"),
                        new UntypedObject(new Dictionary<string, UntypedNode>
                        {
                            { "three", new UntypedInteger(3) },
                        }),
                    })
                },
            })
        },
        { "in", 1 },
        { "is", true },
        { "import", "none" },
        { "global", false },
        { "async", null },
        { "package", "p" },
        { "default", "d" },
        { "select", "x" },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Messages.PostAsync(requestBody);
