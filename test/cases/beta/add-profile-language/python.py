from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.language_proficiency import LanguageProficiency
from msgraph_beta.generated.models.language_proficiency_level import LanguageProficiencyLevel

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = LanguageProficiency(
    display_name = "Portuguese",
    tag = "pt-BR",
    spoken = LanguageProficiencyLevel.NativeOrBilingual,
    written = LanguageProficiencyLevel.FullProfessional,
    reading = LanguageProficiencyLevel.NativeOrBilingual,
)

result = await graph_client.me().profile.languages.post(request_body)
