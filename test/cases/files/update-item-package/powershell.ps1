Import-Module Microsoft.Graph.Files

$params = @{
    name = 'Field notes'
    package = @{
        type = 'oneNote'
    }
}

# A UPN can also be used as -UserId.
Update-MgUserDriveItem -UserId $userId -DriveItemId $driveItemId -BodyParameter $params
