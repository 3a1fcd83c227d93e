from datetime import time

from msgraph import GraphServiceClient
from msgraph.generated.models.shared_p_c_account_deletion_policy_type import SharedPCAccountDeletionPolicyType
from msgraph.generated.models.shared_p_c_account_manager_policy import SharedPCAccountManagerPolicy
from msgraph.generated.models.shared_p_c_allowed_account_type import SharedPCAllowedAccountType
from msgraph.generated.models.shared_p_c_configuration import SharedPCConfiguration

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = SharedPCConfiguration(
    odata_type = "#microsoft.graph.sharedPCConfiguration",
    display_name = "Library kiosks",
    description = "Shared PCs at the front desk",
    allowed_accounts = [SharedPCAllowedAccountType.Guest, SharedPCAllowedAccountType.Domain],
    account_manager_policy = SharedPCAccountManagerPolicy(
        account_deletion_policy = SharedPCAccountDeletionPolicyType.DiskSpaceThreshold,
        cache_accounts_above_disk_free_percentage = 40,
        remove_accounts_below_disk_free_percentage = 15,
    ),
    allow_local_storage = False,
    enabled = True,
    idle_time_before_sleep_in_seconds = 900,
    maintenance_start_time = time(2, 30),
)

result = await graph_client.device_management.device_configurations.post(request_body)
