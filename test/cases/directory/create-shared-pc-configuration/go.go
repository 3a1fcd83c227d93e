import (
	"context"
	"log"
	"time"

	"github.com/microsoft/kiota-abstractions-go/serialization"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewSharedPCConfiguration()
odataType := "#microsoft.graph.sharedPCConfiguration"
requestBody.SetOdataType(&odataType)
displayName := "Library kiosks"
requestBody.SetDisplayName(&displayName)
description := "Shared PCs at the front desk"
requestBody.SetDescription(&description)
allowedAccounts := graphmodels.SharedPCAllowedAccountType(graphmodels.GUEST_SHAREDPCALLOWEDACCOUNTTYPE | graphmodels.DOMAIN_SHAREDPCALLOWEDACCOUNTTYPE)
requestBody.SetAllowedAccounts(&allowedAccounts)
accountManagerPolicy := graphmodels.NewSharedPCAccountManagerPolicy()
accountDeletionPolicy := graphmodels.DISKSPACETHRESHOLD_SHAREDPCACCOUNTDELETIONPOLICYTYPE
accountManagerPolicy.SetAccountDeletionPolicy(&accountDeletionPolicy)
cacheAccountsAboveDiskFreePercentage := int32(40)
accountManagerPolicy.SetCacheAccountsAboveDiskFreePercentage(&cacheAccountsAboveDiskFreePercentage)
removeAccountsBelowDiskFreePercentage := int32(15)
accountManagerPolicy.SetRemoveAccountsBelowDiskFreePercentage(&removeAccountsBelowDiskFreePercentage)
requestBody.SetAccountManagerPolicy(accountManagerPolicy)
allowLocalStorage := false
requestBody.SetAllowLocalStorage(&allowLocalStorage)
enabled := true
requestBody.SetEnabled(&enabled)
idleTimeBeforeSleepInSeconds := int32(900)
requestBody.SetIdleTimeBeforeSleepInSeconds(&idleTimeBeforeSleepInSeconds)
maintenanceStartTime := serialization.NewTimeOnly(time.Date(0, time.January, 1, 2, 30, 0, 0, time.UTC))
requestBody.SetMaintenanceStartTime(maintenanceStartTime)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.DeviceManagement().DeviceConfigurations().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
