from datetime import datetime, timezone

from msgraph import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph.generated.models.planner_assignments import PlannerAssignments
from msgraph.generated.models.planner_task import PlannerTask

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = PlannerTask(
    percent_complete = 50,
    due_date_time = datetime(2025, 6, 30, 17, 0, 0, tzinfo=timezone.utc),
    priority = 3,
    assignments = PlannerAssignments(
        additional_data = {
            "5e8c1a2f-7b34-4d90-a6e1-c3f8b0d27a64": {
                "@odata.type": "#microsoft.graph.plannerAssignment",
                "orderHint": " !",
            },
        },
    ),
)

request_configuration = RequestConfiguration()
request_configuration.headers.add("Prefer", "return=representation")
request_configuration.headers.add("If-Match", "W/\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc=\"")

result = await graph_client.planner.tasks.by_planner_task_id("plannerTask-id").patch(request_body, request_configuration = request_configuration)
