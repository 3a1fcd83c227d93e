Import-Module Microsoft.Graph.Users.Actions

$params = @{
    message = @{
        subject = 'Gate code changed'
        toRecipients = @(
            @{
                emailAddress = @{
                    address = 'tenants@fabrikam.example'
                }
            }
        )
    }
    saveToSentItems = $false
}

# A UPN can also be used as -UserId.
Send-MgUserMail -UserId $userId -BodyParameter $params
