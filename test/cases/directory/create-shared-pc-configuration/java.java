import com.microsoft.graph.models.DeviceConfiguration;
import com.microsoft.graph.models.SharedPCAccountDeletionPolicyType;
import com.microsoft.graph.models.SharedPCAccountManagerPolicy;
import com.microsoft.graph.models.SharedPCAllowedAccountType;
import com.microsoft.graph.models.SharedPCConfiguration;
import java.time.LocalTime;
import java.util.EnumSet;

SharedPCConfiguration sharedPcConfiguration = new SharedPCConfiguration();
sharedPcConfiguration.setOdataType(
  "#microsoft.graph.sharedPCConfiguration"
);
sharedPcConfiguration.setDisplayName("Library kiosks");
sharedPcConfiguration.setDescription("Shared PCs at the front desk");
sharedPcConfiguration.setAllowedAccounts(
  EnumSet.of(
    SharedPCAllowedAccountType.Guest,
    SharedPCAllowedAccountType.Domain
  )
);
SharedPCAccountManagerPolicy accountManagerPolicy =
  new SharedPCAccountManagerPolicy();
accountManagerPolicy.setAccountDeletionPolicy(
  SharedPCAccountDeletionPolicyType.DiskSpaceThreshold
);
accountManagerPolicy.setCacheAccountsAboveDiskFreePercentage(40);
accountManagerPolicy.setRemoveAccountsBelowDiskFreePercentage(15);
sharedPcConfiguration.setAccountManagerPolicy(accountManagerPolicy);
sharedPcConfiguration.setAllowLocalStorage(false);
sharedPcConfiguration.setEnabled(true);
sharedPcConfiguration.setIdleTimeBeforeSleepInSeconds(900);
sharedPcConfiguration.setMaintenanceStartTime(LocalTime.of(2, 30));

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=java
DeviceConfiguration result = graphClient
  .deviceManagement()
  .deviceConfigurations()
  .post(sharedPcConfiguration);
