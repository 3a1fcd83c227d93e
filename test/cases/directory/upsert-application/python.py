from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.models.application import Application

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = Application(
    display_name = "Fabrikam Timesheets",
    sign_in_audience = "AzureADMyOrg",
    tags = [
        "hr",
        "timekeeping",
    ],
)

request_configuration = RequestConfiguration()
request_configuration.headers.add("Prefer", "create-if-missing")

result = await graph_client.applications_with_unique_name(unique_name = "fabrikam-timesheets").put(request_body, request_configuration = request_configuration)
