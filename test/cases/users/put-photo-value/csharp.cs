// Dependencies
using System.IO;
using System.Text;

using var requestBody = new MemoryStream(Encoding.UTF8.GetBytes("Binary data for the image"));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Me.Photo.Content.PutAsync(requestBody, (requestConfiguration) =>
{
    requestConfiguration.Headers.Add("Content-type", "image/jpeg");
});
