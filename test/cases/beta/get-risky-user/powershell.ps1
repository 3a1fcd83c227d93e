Import-Module Microsoft.Graph.Beta.Identity.SignIns

Get-MgBetaRiskyUser -RiskyUserId '3f7a1d92-6b4e-4c08-9e25-a0d7c8b1f364' -Property 'userPrincipalName,riskLevel,riskState'
