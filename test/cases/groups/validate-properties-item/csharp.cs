// Dependencies
using Microsoft.Graph.Groups.Item.ValidateProperties;
using System;

var requestBody = new ValidatePropertiesPostRequestBody
{
    DisplayName = "Pendulum lab group",
    MailNickname = "pendulum-lab",
    OnBehalfOfUserId = Guid.Parse("c4a1e0f2-8d3b-4e6a-b7c9-2f5d1e0a9b38"),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Groups["3a7c9d20-6b1e-4f0a-9c55-0d2e8b7f41aa"].ValidateProperties.PostAsync(requestBody);
