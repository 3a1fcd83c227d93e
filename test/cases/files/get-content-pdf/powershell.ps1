Import-Module Microsoft.Graph.Files

# A UPN can also be used as -UserId.
Get-MgUserDriveItemContent -UserId $userId -DriveItemId $driveItemId -OutFile $outFile -Format 'pdf'
