Import-Module Microsoft.Graph.Authentication

$params = @{
    index = $null
    values = @(
        ,@(
            'Oslo'
            3
            $true
        )
        ,@(
            'Kyiv'
            5.5
            $null
        )
    )
}

Invoke-MgGraphRequest -Method POST -Uri '/v1.0/me/drive/items/{driveItem-id}/workbook/tables/{workbookTable-id}/rows/add' -Body $params
