Import-Module Microsoft.Graph.Authentication

Invoke-MgGraphRequest -Method POST -Uri '/v1.0/me/drive/items/{item-id}/workbook/tables/{table-id}/columns/itemAt(index=1)'
