from datetime import datetime, timezone

from msgraph import GraphServiceClient
from msgraph.generated.models.body_type import BodyType
from msgraph.generated.models.education_added_student_action import EducationAddedStudentAction
from msgraph.generated.models.education_assignment import EducationAssignment
from msgraph.generated.models.education_assignment_class_recipient import EducationAssignmentClassRecipient
from msgraph.generated.models.education_assignment_points_grade_type import EducationAssignmentPointsGradeType
from msgraph.generated.models.education_item_body import EducationItemBody

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = EducationAssignment(
    display_name = "Lab report: pendulum periods",
    due_date_time = datetime(2025, 3, 21, 23, 59, 0, tzinfo=timezone.utc),
    instructions = EducationItemBody(
        content_type = BodyType.Text,
        content = "Measure ten swings for three string lengths and plot T against the square root of L.",
    ),
    grading = EducationAssignmentPointsGradeType(
        odata_type = "#microsoft.graph.educationAssignmentPointsGradeType",
        max_points = 37.5,
    ),
    assign_to = EducationAssignmentClassRecipient(
        odata_type = "#microsoft.graph.educationAssignmentClassRecipient",
    ),
    allow_late_submissions = True,
    added_student_action = EducationAddedStudentAction.AssignIfOpen,
    additional_data = {
        "status": "draft",
    },
)

result = await graph_client.education.classes.by_education_class_id("educationClass-id").assignments.post(request_body)
