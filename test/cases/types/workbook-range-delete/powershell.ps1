Import-Module Microsoft.Graph.Files

$params = @{
    shift = 'Up'
}

Remove-MgDriveItemWorkbookName -DriveId $driveId -DriveItemId $driveItemId -WorkbookNamedItemId $workbookNamedItemId -BodyParameter $params
