Import-Module Microsoft.Graph.Teams

Get-MgTeamAllChannel -TeamId $teamId -Filter 'membershipType eq ''shared'''
