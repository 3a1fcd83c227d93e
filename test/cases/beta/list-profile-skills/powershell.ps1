Import-Module Microsoft.Graph.Beta.People

# A UPN can also be used as -UserId.
Get-MgBetaUserProfileSkill -UserId $userId -Property 'displayName,proficiency' -Top 5
