// Dependencies
using Microsoft.Graph.Beta.Models;
using System.Collections.Generic;

var requestBody = new ConditionalAccessPolicy
{
    DisplayName = "Finance needs MFA off the network",
    State = ConditionalAccessPolicyState.EnabledForReportingButNotEnforced,
    Conditions = new ConditionalAccessConditionSet
    {
        ClientAppTypes = new List<ConditionalAccessClientApp?>
        {
            ConditionalAccessClientApp.Browser,
            ConditionalAccessClientApp.MobileAppsAndDesktopClients,
        },
        Applications = new ConditionalAccessApplications
        {
            IncludeApplications = new List<string>
            {
                "All",
            },
        },
        Users = new ConditionalAccessUsers
        {
            IncludeGroups = new List<string>
            {
                "2e8f6a1c-93b4-4d07-8c5a-f1e0d29b7a36",
            },
        },
        Locations = new ConditionalAccessLocations
        {
            IncludeLocations = new List<string>
            {
                "All",
            },
            ExcludeLocations = new List<string>
            {
                "AllTrusted",
            },
        },
    },
    GrantControls = new ConditionalAccessGrantControls
    {
        Operator = "OR",
        BuiltInControls = new List<ConditionalAccessGrantControl?>
        {
            ConditionalAccessGrantControl.Mfa,
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Identity.ConditionalAccess.Policies.PostAsync(requestBody);
