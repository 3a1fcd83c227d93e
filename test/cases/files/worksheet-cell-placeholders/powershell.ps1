Import-Module Microsoft.Graph.Files

Invoke-MgCellDriveItemWorkbookWorksheet -DriveId $driveId -DriveItemId $driveItemId -WorkbookWorksheetId $workbookWorksheetId -Row $row -Column $column
