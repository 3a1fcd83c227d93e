// Dependencies
using Microsoft.Graph.Models;

var requestBody = new User
{
    AboutMe = "Line one\nLine two\twith a tab\nمرحبا\u200F then English; ends with a backslash \\",
    Department = "R&D / \"Skunkworks\"",
    JobTitle = "Ingénieure ü \\u0041 is not an escape here",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users["{user-id}"].PatchAsync(requestBody);
