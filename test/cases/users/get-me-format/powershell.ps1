Import-Module Microsoft.Graph.Users

# A UPN can also be used as -UserId.
Get-MgUser -UserId $userId -Property 'displayName,preferredLanguage' -Format 'application/json'
