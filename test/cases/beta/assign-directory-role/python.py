from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.unified_role_assignment import UnifiedRoleAssignment

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = UnifiedRoleAssignment(
    odata_type = "#microsoft.graph.unifiedRoleAssignment",
    role_definition_id = "fe930be7-5e62-47db-91af-98c3a49a38b1",
    principal_id = "9a7c2e41-0d3b-4f86-a5e2-71c8b04d6f19",
    directory_scope_id = "/",
)

result = await graph_client.role_management.directory.role_assignments.post(request_body)
