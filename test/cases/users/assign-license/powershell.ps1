Import-Module Microsoft.Graph.Users.Actions

$params = @{
    addLicenses = @(
        @{
            disabledPlans = @(
                '6b5d4f2a-93c1-4e07-b8a2-1f0c9d3e7a55'
            )
            skuId = 'c2e41a7b-0f38-4d9e-a6b1-58d7e3f9024c'
        }
    )
    removeLicenses = @()
}

Set-MgUserLicense -UserId $userId -BodyParameter $params
