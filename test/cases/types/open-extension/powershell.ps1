Import-Module Microsoft.Graph.Users

$params = @{
    '@odata.type' = 'microsoft.graph.openTypeExtension'
    extensionName = 'com.fabrikam.kioskSettings'
    theme = 'high-contrast'
    fontScale = 1.25
    pinnedApps = @(
        'timesheet'
        'badge'
    )
    layout = @{
        columns = 3
        compact = $false
    }
}

# A UPN can also be used as -UserId.
New-MgUserExtension -UserId $userId -BodyParameter $params
