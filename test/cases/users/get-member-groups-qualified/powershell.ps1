Import-Module Microsoft.Graph.Users.Actions

$params = @{
    securityEnabledOnly = $true
}

# A UPN can also be used as -UserId.
Get-MgUserMemberGroup -UserId $userId -BodyParameter $params
