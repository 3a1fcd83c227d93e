Import-Module Microsoft.Graph.Files

$params = @{
    item = @{
        '@microsoft.graph.conflictBehavior' = 'rename'
        name = 'site-survey-2025.mp4'
        description = 'Drone footage of the north field'
        fileSize = 5368709120
    }
    deferCommit = $true
}

New-MgDriveItemUploadSession -DriveId $driveId -DriveItemId $driveItemId -BodyParameter $params
