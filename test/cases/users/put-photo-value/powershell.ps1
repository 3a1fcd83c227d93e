Import-Module Microsoft.Graph.Users

# A UPN can also be used as -UserId.
Set-MgUserPhotoContent -UserId $userId -InFile $inFile
