Import-Module Microsoft.Graph.Beta.Reports

Get-MgBetaAuditLogProvisioning -Filter 'jobId eq ''fabrikamHR.0e4b3c2a1f9d8e7c''' -Top 25
