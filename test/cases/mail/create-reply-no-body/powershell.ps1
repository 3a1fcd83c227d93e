Import-Module Microsoft.Graph.Mail

# A UPN can also be used as -UserId.
New-MgUserMessageReply -UserId $userId -MessageId $messageId
