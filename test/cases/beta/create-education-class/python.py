from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.education_class import EducationClass
from msgraph_beta.generated.models.education_external_source import EducationExternalSource

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = EducationClass(
    display_name = "Chemistry 2B",
    description = "Second-year chemistry, group B",
    class_code = "CHEM-2B",
    external_id = "sis-40871",
    external_name = "Chemistry year 2 group B",
    external_source = EducationExternalSource.Sis,
    mail_nickname = "chem2b",
)

result = await graph_client.education.classes.post(request_body)
