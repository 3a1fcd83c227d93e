Import-Module Microsoft.Graph.Authentication

Invoke-MgGraphRequest -Method GET -Uri '/v1.0/me/calendarView/delta?startDateTime=2025-04-07T00:00:00Z&endDateTime=2025-04-14T00:00:00Z'
