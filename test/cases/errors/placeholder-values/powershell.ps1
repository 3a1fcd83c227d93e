Import-Module Microsoft.Graph.Users

$params = @{
    jobTitle = 'String'
    accountEnabled = $false
}

Update-MgUser -UserId $userId -BodyParameter $params
