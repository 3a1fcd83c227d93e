// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Education.Schools["{educationSchool-id}"].Classes.GetAsync((requestConfiguration) =>
{
    requestConfiguration.QueryParameters.Expand = new string[] { "teachers($select=id,displayName)" };
    requestConfiguration.QueryParameters.Orderby = new string[] { "displayName" };
    requestConfiguration.QueryParameters.Top = 30;
});
