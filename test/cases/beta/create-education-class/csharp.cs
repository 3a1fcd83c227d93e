// Dependencies
using Microsoft.Graph.Beta.Models;

var requestBody = new EducationClass
{
    DisplayName = "Chemistry 2B",
    Description = "Second-year chemistry, group B",
    ClassCode = "CHEM-2B",
    ExternalId = "sis-40871",
    ExternalName = "Chemistry year 2 group B",
    ExternalSource = EducationExternalSource.Sis,
    MailNickname = "chem2b",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Education.Classes.PostAsync(requestBody);
