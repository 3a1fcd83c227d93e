import com.microsoft.graph.models.PlannerTask;
import java.util.HashMap;

PlannerTask plannerTask = new PlannerTask();
plannerTask.setPlanId("xqQg5FS2LkCp935s-FIFm2QAFkHM");
plannerTask.setTitle("Order spare belts");
HashMap<String, Object> additionalData = new HashMap<>();
additionalData.put("colour", "orange");
plannerTask.setAdditionalData(additionalData);

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
PlannerTask result = graphClient.planner().tasks().post(plannerTask);
