Import-Module Microsoft.Graph.Authentication

$params = @{
    message = 'Covered by the evening crew, thanks!'
}

Invoke-MgGraphRequest -Method POST -Uri '/v1.0/teams/{team-id}/schedule/offerShiftRequests/{offerShiftRequest-id}/approve' -Body $params
