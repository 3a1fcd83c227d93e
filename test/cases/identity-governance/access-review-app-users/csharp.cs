// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using System.Collections.Generic;

var requestBody = new AccessReviewScheduleDefinition
{
    DisplayName = "Payroll portal access",
    DescriptionForAdmins = "Twice-yearly review of everyone who can sign in to the payroll portal",
    Scope = new PrincipalResourceMembershipsScope
    {
        OdataType = "#microsoft.graph.principalResourceMembershipsScope",
        PrincipalScopes = new List<AccessReviewScope>
        {
            new AccessReviewQueryScope
            {
                OdataType = "#microsoft.graph.accessReviewQueryScope",
                Query = "/users",
                QueryType = "MicrosoftGraph",
            },
        },
        ResourceScopes = new List<AccessReviewScope>
        {
            new AccessReviewQueryScope
            {
                OdataType = "#microsoft.graph.accessReviewQueryScope",
                Query = "/servicePrincipals/9f1c3e7a-5b20-4d86-a3e4-1c7b0f9d2a65",
                QueryType = "MicrosoftGraph",
            },
        },
    },
    Reviewers = new List<AccessReviewReviewerScope>
    {
        new AccessReviewReviewerScope
        {
            Query = "./manager",
            QueryType = "MicrosoftGraph",
            QueryRoot = "decisions",
        },
    },
    FallbackReviewers = new List<AccessReviewReviewerScope>
    {
        new AccessReviewReviewerScope
        {
            Query = "/groups/d3e6f9a2-4c71-4b58-9e0d-7a2c5f8b1e43/transitiveMembers",
            QueryType = "MicrosoftGraph",
        },
    },
    Settings = new AccessReviewScheduleSettings
    {
        MailNotificationsEnabled = true,
        ReminderNotificationsEnabled = true,
        JustificationRequiredOnApproval = false,
        DefaultDecisionEnabled = true,
        DefaultDecision = "Recommendation",
        InstanceDurationInDays = 21,
        AutoApplyDecisionsEnabled = true,
        RecommendationsEnabled = true,
        Recurrence = new PatternedRecurrence
        {
            Pattern = new RecurrencePattern
            {
                Type = RecurrencePatternType.AbsoluteMonthly,
                Interval = 6,
                DayOfMonth = 0,
            },
            Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.Numbered,
                StartDate = new Date(2025, 7, 1),
                EndDate = new Date(2026, 7, 1),
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.IdentityGovernance.AccessReviews.Definitions.PostAsync(requestBody);
