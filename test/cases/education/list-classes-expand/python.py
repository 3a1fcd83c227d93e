from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.education.schools.item.classes.classes_request_builder import ClassesRequestBuilder

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
query_params = ClassesRequestBuilder.ClassesRequestBuilderGetQueryParameters(
    expand = ["teachers($select=id,displayName)"],
    orderby = ["displayName"],
    top = 30,
)

request_configuration = RequestConfiguration(
    query_parameters = query_params,
)

result = await graph_client.education.schools.by_education_school_id("educationSchool-id").classes.get(request_configuration = request_configuration)
