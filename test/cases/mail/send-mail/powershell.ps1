Import-Module Microsoft.Graph.Users.Actions

$params = @{
    message = @{
        subject = 'Quarterly inventory count on Friday'
        body = @{
            contentType = 'text'
            content = 'Please finish the shelf count for aisle 7 before noon.'
        }
        toRecipients = @(
            @{
                emailAddress = @{
                    address = 'ines.duarte@fabrikam.example'
                }
            }
        )
        ccRecipients = @(
            @{
                emailAddress = @{
                    name = 'Warehouse team'
                    address = 'warehouse@fabrikam.example'
                }
            }
        )
        importance = 'high'
    }
    saveToSentItems = $true
}

# A UPN can also be used as -UserId.
Send-MgUserMail -UserId $userId -BodyParameter $params
