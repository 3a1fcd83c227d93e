Import-Module Microsoft.Graph.Files

Get-MgDriveItemContent -DriveId $driveId -DriveItemId $driveItemId -OutFile $outFile -Format 'pdf'
