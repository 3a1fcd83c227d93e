Import-Module Microsoft.Graph.Users.Actions

$params = @{
    EmailAddresses = @(
        'kwame.boateng@fabrikam.example'
        'orders@fabrikam.example'
    )
    MailTipsOptions = 'automaticReplies, mailboxFullStatus'
}

# A UPN can also be used as -UserId.
Get-MgUserMailTip -UserId $userId -BodyParameter $params
