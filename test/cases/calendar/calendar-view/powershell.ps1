Import-Module Microsoft.Graph.Calendar

$headers = @{
    Prefer = 'outlook.timezone="Pacific Standard Time"'
}

# A UPN can also be used as -UserId.
Get-MgUserCalendarView -UserId $userId -StartDateTime '2025-03-02T08:00:00-08:00' -EndDateTime '2025-03-09T08:00:00-08:00' -Property 'subject,organizer,start,end' -Sort 'start/dateTime' -Headers $headers
