from msgraph import GraphServiceClient
from msgraph.generated.models.planner_task import PlannerTask

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = PlannerTask(
    plan_id = "xqQg5FS2LkCp935s-FIFm2QAFkHM",
    title = "Order spare belts",
    additional_data = {
        "colour": "orange",
    },
)

result = await graph_client.planner.tasks.post(request_body)
