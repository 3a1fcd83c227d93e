Import-Module Microsoft.Graph.Authentication

$headers = @{
    'workbook-session-id' = '{session-id}'
}

$params = @{}

Invoke-MgGraphRequest -Method POST -Uri '/v1.0/drives/{drive-id}/items/{driveItem-id}/workbook/closeSession' -Headers $headers -Body $params
