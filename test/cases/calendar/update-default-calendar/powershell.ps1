Import-Module Microsoft.Graph.Authentication

$params = @{
    color = 'lightGreen'
}

Invoke-MgGraphRequest -Method PATCH -Uri '/v1.0/me/calendar' -Body $params
