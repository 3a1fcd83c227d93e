Import-Module Microsoft.Graph.Authentication

$params = @{
    shift = 'Up'
}

Invoke-MgGraphRequest -Method POST -Uri '/v1.0/drives/{drive-id}/items/{driveItem-id}/workbook/names/{workbookNamedItem-id}/range/delete' -Body $params
