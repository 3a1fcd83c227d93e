Import-Module Microsoft.Graph.Mail

$params = @{
    '@odata.type' = '#microsoft.graph.itemAttachment'
    name = 'Team offsite agenda'
    item = 'event or contact entity'
}

# A UPN can also be used as -UserId.
New-MgUserMessageAttachment -UserId $userId -MessageId $messageId -BodyParameter $params
