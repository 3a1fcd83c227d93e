Import-Module Microsoft.Graph.Users.Actions

$params = @{
    addLicenses = @(
        @{
            disabledPlans = @()
            skuId = 'skuId-value-1'
        }
    )
    removeLicenses = @(
        'skuId-value-2'
    )
}

Set-MgUserLicense -UserId $userId -BodyParameter $params
