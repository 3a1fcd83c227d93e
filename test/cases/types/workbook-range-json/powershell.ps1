Import-Module Microsoft.Graph.Authentication

$params = @{
    values = @(
        ,@(
            'Item'
            'Qty'
            'Total'
        )
        ,@(
            'Lamp'
            4
            '=B2*19.9'
        )
    )
    numberFormat = @(
        ,@(
            $null
            $null
            $null
        )
        ,@(
            $null
            '0'
            '0.00'
        )
    )
}

Invoke-MgGraphRequest -Method PATCH -Uri '/v1.0/me/drive/items/{driveItem-id}/workbook/worksheets/{workbookWorksheet-id}/range(address=''A1:C2'')' -Body $params
