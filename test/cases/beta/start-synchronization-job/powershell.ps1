Import-Module Microsoft.Graph.Beta.Applications

Start-MgBetaServicePrincipalSynchronizationJob -ServicePrincipalId '7c1e9a52-3d60-4b8f-a2e4-d5f0c81b96a3' -SynchronizationJobId 'fabrikamHR.0e4b3c2a1f9d8e7c'
