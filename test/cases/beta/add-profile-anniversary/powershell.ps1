Import-Module Microsoft.Graph.Beta.People

$params = @{
    type = 'birthday'
    date = '1990-07-21'
}

# A UPN can also be used as -UserId.
New-MgBetaUserProfileAnniversary -UserId $userId -BodyParameter $params
