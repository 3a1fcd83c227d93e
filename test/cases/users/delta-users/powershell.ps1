Import-Module Microsoft.Graph.Users.Functions

Get-MgUserDelta -Property 'displayName,givenName,surname'
