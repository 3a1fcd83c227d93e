import com.microsoft.graph.models.EducationAddedStudentAction;
import com.microsoft.graph.models.EducationAssignmentDefaults;
import java.time.LocalTime;

EducationAssignmentDefaults educationAssignmentDefaults =
  new EducationAssignmentDefaults();
educationAssignmentDefaults.setDueTime(LocalTime.of(17, 30));
educationAssignmentDefaults.setAddedStudentAction(
  EducationAddedStudentAction.None
);
educationAssignmentDefaults.setNotificationChannelUrl(null);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
EducationAssignmentDefaults result = graphClient
  .education()
  .classes()
  .byEducationClassId("{educationClass-id}")
  .assignmentDefaults()
  .patch(educationAssignmentDefaults);
