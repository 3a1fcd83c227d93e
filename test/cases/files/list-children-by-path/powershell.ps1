Import-Module Microsoft.Graph.Authentication

Invoke-MgGraphRequest -Method GET -Uri '/v1.0/me/drive/root:/Receipts/2025-03:/children?$select=name,size,lastModifiedDateTime'
