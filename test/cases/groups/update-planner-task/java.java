import com.microsoft.graph.models.PlannerAssignments;
import com.microsoft.graph.models.PlannerTask;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import com.microsoft.kiota.serialization.UntypedString;
import java.time.OffsetDateTime;
import java.util.HashMap;

PlannerTask plannerTask = new PlannerTask();
plannerTask.setPercentComplete(50);
plannerTask.setDueDateTime(OffsetDateTime.parse("2025-06-30T17:00:00Z"));
plannerTask.setPriority(3);
PlannerAssignments assignments = new PlannerAssignments();
HashMap<String, Object> additionalData = new HashMap<>();
HashMap<String, UntypedNode> value5E8C1A2F7B344D90A6E1C3F8B0D27A64Map =
  new HashMap<>();
value5E8C1A2F7B344D90A6E1C3F8B0D27A64Map.put(
  "@odata.type",
  new UntypedString("#microsoft.graph.plannerAssignment")
);
value5E8C1A2F7B344D90A6E1C3F8B0D27A64Map.put(
  "orderHint",
  new UntypedString(" !")
);
additionalData.put(
  "5e8c1a2f-7b34-4d90-a6e1-c3f8b0d27a64",
  new UntypedObject(value5E8C1A2F7B344D90A6E1C3F8B0D27A64Map)
);
assignments.setAdditionalData(additionalData);
plannerTask.setAssignments(assignments);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
PlannerTask result = graphClient
  .planner()
  .tasks()
  .byPlannerTaskId("{plannerTask-id}")
  .patch(plannerTask, requestConfiguration -> {
    requestConfiguration.headers.add("Prefer", "return=representation");
    requestConfiguration.headers.add(
      "If-Match",
      "W/\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc=\""
    );
  });
