Import-Module Microsoft.Graph.Files

$params = @{
    name = 'Receipts 2025'
    folder = @{}
    '@microsoft.graph.conflictBehavior' = 'fail'
}

# A UPN can also be used as -UserId.
New-MgUserDriveRootChild -UserId $userId -BodyParameter $params
