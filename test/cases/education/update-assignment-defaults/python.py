from datetime import time

from msgraph import GraphServiceClient
from msgraph.generated.models.education_added_student_action import EducationAddedStudentAction
from msgraph.generated.models.education_assignment_defaults import EducationAssignmentDefaults

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = EducationAssignmentDefaults(
    due_time = time(17, 30),
    added_student_action = EducationAddedStudentAction.None_,
    notification_channel_url = None,
)

result = await graph_client.education.classes.by_education_class_id("educationClass-id").assignment_defaults.patch(request_body)
