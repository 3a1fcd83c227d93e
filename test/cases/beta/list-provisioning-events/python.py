from msgraph_beta import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph_beta.generated.audit_logs.provisioning.provisioning_request_builder import ProvisioningRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = ProvisioningRequestBuilder.ProvisioningRequestBuilderGetQueryParameters(
    filter = "jobId eq 'fabrikamHR.0e4b3c2a1f9d8e7c'",
    top = 25,
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.audit_logs.provisioning.get(request_configuration = request_configuration)
