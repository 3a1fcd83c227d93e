Import-Module Microsoft.Graph.Authentication

Invoke-MgGraphRequest -Method GET -Uri '/beta/connectorGroups/{connectorGroup-id}'
