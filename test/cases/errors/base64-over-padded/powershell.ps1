Import-Module Microsoft.Graph.Mail

$params = @{
    '@odata.type' = '#microsoft.graph.fileAttachment'
    name = 'hello.txt'
    contentBytes = 'SGVsbG8gd29ybGQ=='
}

# A UPN can also be used as -UserId.
New-MgUserMessageAttachment -UserId $userId -MessageId $messageId -BodyParameter $params
