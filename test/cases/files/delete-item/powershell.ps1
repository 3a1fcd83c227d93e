Import-Module Microsoft.Graph.Files

$headers = @{
    'If-Match' = '"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3"'
}

Remove-MgDriveItem -DriveId $driveId -DriveItemId $driveItemId -Headers $headers
