Import-Module Microsoft.Graph.Identity.DirectoryManagement

$params = @{
    disableUserAccounts = $true
}

Invoke-MgForceDomainDelete -DomainId 'contoso.com' -BodyParameter $params
