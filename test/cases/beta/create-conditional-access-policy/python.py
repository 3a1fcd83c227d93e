from msgraph_beta import GraphServiceClient
from msgraph_beta.generated.models.conditional_access_applications import ConditionalAccessApplications
from msgraph_beta.generated.models.conditional_access_client_app import ConditionalAccessClientApp
from msgraph_beta.generated.models.conditional_access_condition_set import ConditionalAccessConditionSet
from msgraph_beta.generated.models.conditional_access_grant_control import ConditionalAccessGrantControl
from msgraph_beta.generated.models.conditional_access_grant_controls import ConditionalAccessGrantControls
from msgraph_beta.generated.models.conditional_access_locations import ConditionalAccessLocations
from msgraph_beta.generated.models.conditional_access_policy import ConditionalAccessPolicy
from msgraph_beta.generated.models.conditional_access_policy_state import ConditionalAccessPolicyState
from msgraph_beta.generated.models.conditional_access_users import ConditionalAccessUsers

# To initialize your graph_client, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=python
request_body = ConditionalAccessPolicy(
    display_name = "Finance needs MFA off the network",
    state = ConditionalAccessPolicyState.EnabledForReportingButNotEnforced,
    conditions = ConditionalAccessConditionSet(
        client_app_types = [
            ConditionalAccessClientApp.Browser,
            ConditionalAccessClientApp.MobileAppsAndDesktopClients,
        ],
        applications = ConditionalAccessApplications(
            include_applications = [
                "All",
            ],
        ),
        users = ConditionalAccessUsers(
            include_groups = [
                "2e8f6a1c-93b4-4d07-8c5a-f1e0d29b7a36",
            ],
        ),
        locations = ConditionalAccessLocations(
            include_locations = [
                "All",
            ],
            exclude_locations = [
                "AllTrusted",
            ],
        ),
    ),
    grant_controls = ConditionalAccessGrantControls(
        operator = "OR",
        built_in_controls = [
            ConditionalAccessGrantControl.Mfa,
        ],
    ),
)

result = await graph_client.identity.conditional_access.policies.post(request_body)
