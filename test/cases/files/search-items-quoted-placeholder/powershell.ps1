Import-Module Microsoft.Graph.Users.Functions

# A UPN can also be used as -UserId.
Search-MgUserDriveRoot -UserId $userId -Q $q
