import com.microsoft.graph.beta.models.PlannerChecklistItems;
import com.microsoft.graph.beta.models.PlannerPreviewType;
import com.microsoft.graph.beta.models.PlannerTaskDetails;
import com.microsoft.kiota.serialization.UntypedBoolean;
import com.microsoft.kiota.serialization.UntypedNode;
import com.microsoft.kiota.serialization.UntypedObject;
import com.microsoft.kiota.serialization.UntypedString;
import java.util.HashMap;

PlannerTaskDetails plannerTaskDetails = new PlannerTaskDetails();
plannerTaskDetails.setPreviewType(PlannerPreviewType.Checklist);
plannerTaskDetails.setDescription("Badges for the three new starters");
PlannerChecklistItems checklist = new PlannerChecklistItems();
HashMap<String, Object> additionalData = new HashMap<>();
HashMap<String, UntypedNode> value0B9E6C5241F44A8EBd372A6F1D90C3E8Map =
  new HashMap<>();
value0B9E6C5241F44A8EBd372A6F1D90C3E8Map.put(
  "@odata.type",
  new UntypedString("microsoft.graph.plannerChecklistItem")
);
value0B9E6C5241F44A8EBd372A6F1D90C3E8Map.put(
  "title",
  new UntypedString("Collect photos")
);
value0B9E6C5241F44A8EBd372A6F1D90C3E8Map.put(
  "isChecked",
  new UntypedBoolean(true)
);
additionalData.put(
  "0b9e6c52-41f4-4a8e-bd37-2a6f1d90c3e8",
  new UntypedObject(value0B9E6C5241F44A8EBd372A6F1D90C3E8Map)
);
checklist.setAdditionalData(additionalData);
plannerTaskDetails.setChecklist(checklist);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
PlannerTaskDetails result = graphClient
  .planner()
  .tasks()
  .byPlannerTaskId("Rk3tZx8wT0-9hY2mQnLpA2QAB7cD")
  .details()
  .patch(plannerTaskDetails, requestConfiguration -> {
    requestConfiguration.headers.add(
      "If-Match",
      "W/\"JzEtVGFza0RldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc=\""
    );
  });
