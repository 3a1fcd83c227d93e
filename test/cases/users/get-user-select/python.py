from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.users.item.user_item_request_builder import UserItemRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = UserItemRequestBuilder.UserItemRequestBuilderGetQueryParameters(
    select = ["displayName", "jobTitle", "officeLocation", "employeeId"],
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.users.by_user_id("user-id").get(request_configuration = request_configuration)
