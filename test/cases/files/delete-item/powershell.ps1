Import-Module Microsoft.Graph.Files

$headers = @{
    'If-Match' = '"{A1B2C3D4-0000-4E5F-8A9B-0C1D2E3F4A5B},3"'
}

# A UPN can also be used as -UserId.
Remove-MgUserDriveItem -UserId $userId -DriveItemId $driveItemId -Headers $headers
