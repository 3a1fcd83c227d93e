Import-Module Microsoft.Graph.Users.Functions

$headers = @{
    Prefer = 'outlook.timezone="Pacific Standard Time"'
}

# A UPN can also be used as -UserId.
Invoke-MgViewUserReminder -UserId $userId -StartDateTime '2025-04-01T09:00:00+02:00' -EndDateTime '2025-04-02T18:00:00+02:00' -Filter 'eventSubject eq ''Team ''''sync''''''' -Top 2 -Headers $headers
