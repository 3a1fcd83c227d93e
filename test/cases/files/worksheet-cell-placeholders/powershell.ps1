Import-Module Microsoft.Graph.Authentication

Invoke-MgGraphRequest -Method GET -Uri '/v1.0/drives/{drive-id}/items/{driveItem-id}/workbook/worksheets/{workbookWorksheet-id}/cell(row={row},column={column})'
