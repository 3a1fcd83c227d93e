Import-Module Microsoft.Graph.Groups

$params = @{
    description = 'Volunteers for the spring cleanup'
    displayName = 'Riverbank cleanup'
    groupTypes = @(
        'Unified'
    )
    mailEnabled = $true
    mailNickname = 'riverbank-cleanup'
    securityEnabled = $false
    'owners@odata.bind' = @(
        'https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49'
    )
    'members@odata.bind' = @(
        'https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49'
        'https://graph.microsoft.com/v1.0/users/a41e9d07-3c58-4f2b-9e6a-07b8c3d1f5e2'
    )
}

New-MgGroup -BodyParameter $params
