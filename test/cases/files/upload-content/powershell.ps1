Import-Module Microsoft.Graph.Files

Set-MgDriveItemContent -DriveId $driveId -DriveItemId $driveItemId -InFile $inFile
