Import-Module Microsoft.Graph.Users

$params = @{
    jobTitle = 'String'
    accountEnabled = 'Boolean'
}

Update-MgUser -UserId $userId -BodyParameter $params
