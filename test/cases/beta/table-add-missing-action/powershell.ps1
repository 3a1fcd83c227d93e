Import-Module Microsoft.Graph.Authentication

$params = @{
    address = 'Sheet1!A1:D5'
    hasHeaders = $true
}

Invoke-MgGraphRequest -Method POST -Uri '/beta/me/drive/items/{id}/workbook/tables/add' -Body $params
