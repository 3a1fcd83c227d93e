Import-Module Microsoft.Graph.Authentication

Invoke-MgGraphRequest -Method GET -Uri '/v1.0/me/drive/items/{item-id}/workbook/tables/{table-id}/columns/itemAt(index=1)'
