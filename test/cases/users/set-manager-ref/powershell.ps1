Import-Module Microsoft.Graph.Users

$params = @{
    '@odata.id' = 'https://graph.microsoft.com/v1.0/users/71d4b0e9-3f28-4c65-a9b7-e2c0d5f8164a'
}

Set-MgUserManagerByRef -UserId $userId -BodyParameter $params
