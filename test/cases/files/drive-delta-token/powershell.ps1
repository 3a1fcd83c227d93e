Import-Module Microsoft.Graph.Users.Functions

# A UPN can also be used as -UserId.
Get-MgUserDriveRootDelta -UserId $userId -Token 'latest'
