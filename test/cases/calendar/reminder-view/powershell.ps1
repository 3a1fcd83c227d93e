Import-Module Microsoft.Graph.Users.Functions

# A UPN can also be used as -UserId.
Invoke-MgViewUserReminder -UserId $userId -StartDateTime '2025-04-01T09:00:00.0000000' -EndDateTime '2025-04-02T18:00:00.0000000'
