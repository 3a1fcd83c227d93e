Import-Module Microsoft.Graph.Authentication

$headers = @{
    Prefer = 'create-if-missing'
}

$params = @{
    displayName = 'Fabrikam Timesheets'
    signInAudience = 'AzureADMyOrg'
    tags = @(
        'hr'
        'timekeeping'
    )
}

Invoke-MgGraphRequest -Method PUT -Uri '/v1.0/applications(uniqueName=''fabrikam-timesheets'')' -Headers $headers -Body $params
