Import-Module Microsoft.Graph.DeviceManagement

$params = @{
    intuneBrand = @{
        displayName = 'Fabrikam IT'
        contactITEmailAddress = 'helpdesk@fabrikam.example'
        themeColor = @{
            r = 0
            g = 120
            b = 215
        }
        showLogo = $true
        showDisplayNameNextToLogo = $false
    }
}

Update-MgDeviceManagement -BodyParameter $params
