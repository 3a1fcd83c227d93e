// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Drives["{drive-id}"].Items["{driveItem-id}"].DeleteAsync((requestConfiguration) =>
{
    requestConfiguration.Headers.Add("If-Match", "\"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3\"");
});
