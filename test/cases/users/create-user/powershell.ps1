Import-Module Microsoft.Graph.Users

$params = @{
    accountEnabled = $true
    displayName = 'Teodora Vasquez'
    mailNickname = 'TeodoraV'
    userPrincipalName = 'teodora.vasquez@fabrikam.example'
    usageLocation = 'MX'
    passwordProfile = @{
        forceChangePasswordNextSignIn = $true
        password = 'k7#Lq2!vRw9p'
    }
}

New-MgUser -BodyParameter $params
