Import-Module Microsoft.Graph.Users

Get-MgUser -UserId $userId -Property 'displayName,jobTitle,officeLocation,employeeId'
