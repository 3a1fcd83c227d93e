from msgraph_beta import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph_beta.generated.users.item.profile.skills.skills_request_builder import SkillsRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = SkillsRequestBuilder.SkillsRequestBuilderGetQueryParameters(
    select = ["displayName", "proficiency"],
    top = 5,
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.me().profile.skills.get(request_configuration = request_configuration)
