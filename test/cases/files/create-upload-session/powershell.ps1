Import-Module Microsoft.Graph.Users.Actions

$params = @{
    item = @{
        '@microsoft.graph.conflictBehavior' = 'rename'
        name = 'site-survey-2025.mp4'
        description = 'Drone footage of the north field'
        fileSize = 5368709120
    }
    deferCommit = $true
}

# A UPN can also be used as -UserId.
New-MgUserDriveItemUploadSession -UserId $userId -DriveItemId $driveItemId -BodyParameter $params
