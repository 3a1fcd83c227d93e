Import-Module Microsoft.Graph.Calendar

$headers = @{
    Prefer = 'odata.maxpagesize=20'
}

# A UPN can also be used as -UserId.
Get-MgUserCalendarViewDelta -UserId $userId -Startdatetime '2025-04-07T00:00:00Z' -ENDDATETIME '2025-04-14T00:00:00Z' -Headers $headers
