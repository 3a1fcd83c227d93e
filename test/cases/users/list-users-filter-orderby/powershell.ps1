Import-Module Microsoft.Graph.Users

Get-MgUser -Filter 'surname eq ''D''''Angelo''' -Sort 'displayName desc' -Top 15
