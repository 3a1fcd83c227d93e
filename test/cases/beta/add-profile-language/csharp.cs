// Dependencies
using Microsoft.Graph.Beta.Models;

var requestBody = new LanguageProficiency
{
    DisplayName = "Portuguese",
    Tag = "pt-BR",
    Spoken = LanguageProficiencyLevel.NativeOrBilingual,
    Written = LanguageProficiencyLevel.FullProfessional,
    Reading = LanguageProficiencyLevel.NativeOrBilingual,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Me.Profile.Languages.PostAsync(requestBody);
