const options = {
  authProvider,
};

const client = Client.init(options);

const unifiedRoleAssignment = {
  '@odata.type': '#microsoft.graph.unifiedRoleAssignment',
  roleDefinitionId: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  principalId: '9a7c2e41-0d3b-4f86-a5e2-71c8b04d6f19',
  directoryScopeId: '/',
};

let result = await client
  .api('/roleManagement/directory/roleAssignments')
  .version('beta')
  .post(unifiedRoleAssignment);
