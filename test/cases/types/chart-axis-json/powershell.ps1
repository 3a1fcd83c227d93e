Import-Module Microsoft.Graph.Authentication

$params = @{
    majorUnit = 25
    maximum = 200
    minimum = @{
        auto = $true
    }
}

Invoke-MgGraphRequest -Method PATCH -Uri '/v1.0/drives/{drive-id}/items/{driveItem-id}/workbook/worksheets/{workbookWorksheet-id}/charts/{workbookChart-id}/axes/valueAxis' -Body $params
