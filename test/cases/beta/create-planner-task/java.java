import com.microsoft.graph.beta.models.PlannerAssignments;
import com.microsoft.graph.beta.models.PlannerTask;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import com.microsoft.kiota.serialization.UntypedString;
import java.time.OffsetDateTime;
import java.util.HashMap;

PlannerTask plannerTask = new PlannerTask();
plannerTask.setPlanId("Rk3tZx8wT0-9hY2mQnLpA2QAB7cD");
plannerTask.setBucketId("c4Vt0mYbq0OZ8sPdL1kx3GQAFf9E");
plannerTask.setTitle("Order replacement badges");
plannerTask.setDueDateTime(OffsetDateTime.parse("2026-03-14T17:00:00Z"));
PlannerAssignments assignments = new PlannerAssignments();
HashMap<String, Object> additionalData = new HashMap<>();
HashMap<String, UntypedNode> value5D1C8A3477E24A0F9B610E3C2F8D4A7BMap =
  new HashMap<>();
value5D1C8A3477E24A0F9B610E3C2F8D4A7BMap.put(
  "@odata.type",
  new UntypedString("#microsoft.graph.plannerAssignment")
);
value5D1C8A3477E24A0F9B610E3C2F8D4A7BMap.put(
  "orderHint",
  new UntypedString(" !")
);
additionalData.put(
  "5d1c8a34-77e2-4a0f-9b61-0e3c2f8d4a7b",
  new UntypedObject(value5D1C8A3477E24A0F9B610E3C2F8D4A7BMap)
);
assignments.setAdditionalData(additionalData);
plannerTask.setAssignments(assignments);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
PlannerTask result = graphClient.planner().tasks().post(plannerTask);
