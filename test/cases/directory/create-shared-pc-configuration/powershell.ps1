Import-Module Microsoft.Graph.DeviceManagement

$params = @{
    '@odata.type' = '#microsoft.graph.sharedPCConfiguration'
    displayName = 'Library kiosks'
    description = 'Shared PCs at the front desk'
    allowedAccounts = 'guest,domain'
    accountManagerPolicy = @{
        accountDeletionPolicy = 'diskSpaceThreshold'
        cacheAccountsAboveDiskFreePercentage = 40
        removeAccountsBelowDiskFreePercentage = 15
    }
    allowLocalStorage = $false
    enabled = $true
    idleTimeBeforeSleepInSeconds = 900
    maintenanceStartTime = '02:30:00'
}

New-MgDeviceManagementDeviceConfiguration -BodyParameter $params
