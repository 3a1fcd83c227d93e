Import-Module Microsoft.Graph.Users

# A UPN can also be used as -UserId.
Get-MgUserPhotoContent -UserId $userId -OutFile $outFile
