Import-Module Microsoft.Graph.Files

Get-MgDriveRootDelta -DriveId $driveId -Token 'latest'
