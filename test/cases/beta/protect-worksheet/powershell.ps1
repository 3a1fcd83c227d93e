Import-Module Microsoft.Graph.Authentication

$params = @{
    options = @{
        allowFormatCells = $false
        allowInsertRows = $true
        allowDeleteRows = $false
        allowSort = $true
        allowAutoFilter = $true
    }
}

Invoke-MgGraphRequest -Method POST -Uri '/beta/me/drive/items/01BYE5RZ6QN3ZWBTURF5F3ZT5DFXUCQOVJ/workbook/worksheets/Budget/protection/protect' -Body $params
