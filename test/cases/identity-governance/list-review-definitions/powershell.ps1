Import-Module Microsoft.Graph.Identity.Governance

Get-MgIdentityGovernanceAccessReviewDefinition -Filter 'contains(scope/microsoft.graph.accessReviewQueryScope/query, ''./members'')' -Top 20 -Skip 40
