from msgraph_beta import GraphServiceClient
from kiota_abstractions.base_request_configuration import RequestConfiguration
from msgraph_beta.generated.models.planner_checklist_items import PlannerChecklistItems
from msgraph_beta.generated.models.planner_preview_type import PlannerPreviewType
from msgraph_beta.generated.models.planner_task_details import PlannerTaskDetails

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = PlannerTaskDetails(
    preview_type = PlannerPreviewType.Checklist,
    description = "Badges for the three new starters",
    checklist = PlannerChecklistItems(
        additional_data = {
            "0b9e6c52-41f4-4a8e-bd37-2a6f1d90c3e8": {
                "@odata.type": "microsoft.graph.plannerChecklistItem",
                "title": "Collect photos",
                "isChecked": True,
            },
        },
    ),
)

request_configuration = RequestConfiguration()
request_configuration.headers.add("If-Match", "W/\"JzEtVGFza0RldGFpbHMgQEBAQEBAQEBAQEBAQEBARCc=\"")

result = await graph_client.planner.tasks.by_planner_task_id("Rk3tZx8wT0-9hY2mQnLpA2QAB7cD").details.patch(request_body, request_configuration = request_configuration)
