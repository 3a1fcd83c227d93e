// Dependencies
using System.IO;
using System.Text;

using var requestBody = new MemoryStream(Encoding.UTF8.GetBytes("Draft of the annual report."));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Drives["{drive-id}"].Items["root:/Documents/report.docx:"].Content.PutAsync(requestBody, (requestConfiguration) =>
{
    requestConfiguration.Headers.Add("Content-type", "text/plain");
});
