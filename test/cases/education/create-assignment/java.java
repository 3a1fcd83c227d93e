import com.microsoft.graph.models.BodyType;
import com.microsoft.graph.models.EducationAddedStudentAction;
import com.microsoft.graph.models.EducationAssignment;
import com.microsoft.graph.models.EducationAssignmentClassRecipient;
import com.microsoft.graph.models.EducationAssignmentPointsGradeType;
import com.microsoft.graph.models.EducationItemBody;
import java.time.OffsetDateTime;
import java.util.HashMap;

EducationAssignment educationAssignment = new EducationAssignment();
educationAssignment.setDisplayName("Lab report: pendulum periods");
educationAssignment.setDueDateTime(
  OffsetDateTime.parse("2025-03-21T23:59:00Z")
);
EducationItemBody instructions = new EducationItemBody();
instructions.setContentType(BodyType.Text);
instructions.setContent(
  "Measure ten swings for three string lengths and plot T against the square root of L."
);
educationAssignment.setInstructions(instructions);
EducationAssignmentPointsGradeType grading =
  new EducationAssignmentPointsGradeType();
grading.setOdataType("#microsoft.graph.educationAssignmentPointsGradeType");
grading.setMaxPoints(37.5f);
educationAssignment.setGrading(grading);
EducationAssignmentClassRecipient assignTo =
  new EducationAssignmentClassRecipient();
assignTo.setOdataType("#microsoft.graph.educationAssignmentClassRecipient");
educationAssignment.setAssignTo(assignTo);
educationAssignment.setAllowLateSubmissions(true);
educationAssignment.setAddedStudentAction(
  EducationAddedStudentAction.AssignIfOpen
);
HashMap<String, Object> additionalData = new HashMap<>();
additionalData.put("status", "draft");
educationAssignment.setAdditionalData(additionalData);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
EducationAssignment result = graphClient
  .education()
  .classes()
  .byEducationClassId("{educationClass-id}")
  .assignments()
  .post(educationAssignment);
