Import-Module Microsoft.Graph.Files

$headers = @{
    'workbook-session-id' = '{session-id}'
}

$params = @{}

Close-MgDriveItemWorkbookSession -DriveId $driveId -DriveItemId $driveItemId -Headers $headers -BodyParameter $params
