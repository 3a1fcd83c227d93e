Import-Module Microsoft.Graph.Beta.Identity.Governance

$params = @{
    '@odata.type' = '#microsoft.graph.unifiedRoleAssignment'
    roleDefinitionId = 'fe930be7-5e62-47db-91af-98c3a49a38b1'
    principalId = '9a7c2e41-0d3b-4f86-a5e2-71c8b04d6f19'
    directoryScopeId = '/'
}

New-MgBetaRoleManagementDirectoryRoleAssignment -BodyParameter $params
