Import-Module Microsoft.Graph.Teams

Get-MgAllTeamMessage
