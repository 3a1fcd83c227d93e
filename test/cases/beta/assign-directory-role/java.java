import com.microsoft.graph.beta.models.UnifiedRoleAssignment;

UnifiedRoleAssignment unifiedRoleAssignment = new UnifiedRoleAssignment();
unifiedRoleAssignment.setOdataType(
  "#microsoft.graph.unifiedRoleAssignment"
);
unifiedRoleAssignment.setRoleDefinitionId(
  "fe930be7-5e62-47db-91af-98c3a49a38b1"
);
unifiedRoleAssignment.setPrincipalId(
  "9a7c2e41-0d3b-4f86-a5e2-71c8b04d6f19"
);
unifiedRoleAssignment.setDirectoryScopeId("/");

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
UnifiedRoleAssignment result = graphClient
  .roleManagement()
  .directory()
  .roleAssignments()
  .post(unifiedRoleAssignment);
