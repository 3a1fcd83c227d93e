// Dependencies
using Microsoft.Graph.Beta.Models;

var requestBody = new UnifiedRoleAssignment
{
    OdataType = "#microsoft.graph.unifiedRoleAssignment",
    RoleDefinitionId = "fe930be7-5e62-47db-91af-98c3a49a38b1",
    PrincipalId = "9a7c2e41-0d3b-4f86-a5e2-71c8b04d6f19",
    DirectoryScopeId = "/",
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.RoleManagement.Directory.RoleAssignments.PostAsync(requestBody);
