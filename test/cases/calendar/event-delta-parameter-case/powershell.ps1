Import-Module Microsoft.Graph.Authentication

$headers = @{
    Prefer = 'odata.maxpagesize=20'
}

Invoke-MgGraphRequest -Method GET -Uri '/v1.0/me/calendarView/delta?startdatetime=2025-04-07T00:00:00Z&ENDDATETIME=2025-04-14T00:00:00Z' -Headers $headers
