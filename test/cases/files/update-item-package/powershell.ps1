Import-Module Microsoft.Graph.Files

$params = @{
    name = 'Field notes'
    package = @{
        type = 'oneNote'
    }
}

Update-MgDriveItem -DriveId $driveId -DriveItemId $driveItemId -BodyParameter $params
