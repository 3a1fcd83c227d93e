from datetime import datetime, timezone

from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.planner_assignments import PlannerAssignments
from msgraph_beta.generated.models.planner_task import PlannerTask

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = PlannerTask(
    plan_id = "Rk3tZx8wT0-9hY2mQnLpA2QAB7cD",
    bucket_id = "c4Vt0mYbq0OZ8sPdL1kx3GQAFf9E",
    title = "Order replacement badges",
    due_date_time = datetime(2026, 3, 14, 17, 0, 0, tzinfo=timezone.utc),
    assignments = PlannerAssignments(
        additional_data = {
            "5d1c8a34-77e2-4a0f-9b61-0e3c2f8d4a7b": {
                "@odata.type": "#microsoft.graph.plannerAssignment",
                "orderHint": " !",
            },
        },
    ),
)

result = await graph_client.planner.tasks.post(request_body)
