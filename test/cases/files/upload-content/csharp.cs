// Dependencies
using System.IO;
using System.Text;

using var requestBody = new MemoryStream(Encoding.UTF8.GetBytes("Shelf 7: 42 jars of quince jam, 18 of fig."));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].Content.PutAsync(requestBody, (requestConfiguration) =>
{
    requestConfiguration.Headers.Add("Content-type", "text/plain");
});
