Import-Module Microsoft.Graph.Mail

$params = @{
    comment = 'Forwarding the supplier''s quote for review.'
    toRecipients = @(
        @{
            emailAddress = @{
                name = 'Priya Natarajan'
                address = 'priya.n@fabrikam.example'
            }
        }
    )
}

# A UPN can also be used as -UserId.
Invoke-MgForwardUserMessage -UserId $userId -MessageId $messageId -BodyParameter $params
