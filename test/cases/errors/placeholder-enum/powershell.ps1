Import-Module Microsoft.Graph.Mail

$params = @{
    importance = 'low'
    body = @{
        contentType = 'text'
        content = 'Updated agenda attached.'
    }
}

# A UPN can also be used as -UserId.
Update-MgUserMessage -UserId $userId -MessageId $messageId -BodyParameter $params
