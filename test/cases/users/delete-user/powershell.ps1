Import-Module Microsoft.Graph.Users

Remove-MgUser -UserId $userId
