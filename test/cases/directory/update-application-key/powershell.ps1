Import-Module Microsoft.Graph.Applications

$params = @{
    keyCredentials = @(
        @{
            type = 'AsymmetricX509Cert'
            usage = 'Verify'
            displayName = 'CN=build-agent'
            keyId = '9d6f1b3e-40a7-4c2d-b5e8-6a0c3f7d1e94'
            startDateTime = '2025-01-01T00:00:00Z'
            endDateTime = '2026-01-01T00:00:00Z'
            key = 'MIIBszCCAVmgAwIBAgIQXkRdZmFicmlrYW0tYnVpbGQ='
        }
    )
}

Update-MgApplication -ApplicationId $applicationId -BodyParameter $params
