// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

var requestBody = new SharedPCConfiguration
{
    OdataType = "#microsoft.graph.sharedPCConfiguration",
    DisplayName = "Library kiosks",
    Description = "Shared PCs at the front desk",
    AllowedAccounts = SharedPCAllowedAccountType.Guest | SharedPCAllowedAccountType.Domain,
    AccountManagerPolicy = new SharedPCAccountManagerPolicy
    {
        AccountDeletionPolicy = SharedPCAccountDeletionPolicyType.DiskSpaceThreshold,
        CacheAccountsAboveDiskFreePercentage = 40,
        RemoveAccountsBelowDiskFreePercentage = 15,
    },
    AllowLocalStorage = false,
    Enabled = true,
    IdleTimeBeforeSleepInSeconds = 900,
    MaintenanceStartTime = new Time(2, 30, 0),
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.DeviceManagement.DeviceConfigurations.PostAsync(requestBody);
