Import-Module Microsoft.Graph.Files

$params = @{
    majorUnit = 25
    maximum = 200
    minimum = @{
        auto = $true
    }
}

Update-MgDriveItemWorkbookWorksheetChartAxValueAxis -DriveId $driveId -DriveItemId $driveItemId -WorkbookWorksheetId $workbookWorksheetId -WorkbookChartId $workbookChartId -BodyParameter $params
