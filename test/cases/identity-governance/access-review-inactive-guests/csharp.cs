// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using System;
using System.Collections.Generic;

var requestBody = new AccessReviewScheduleDefinition
{
    DisplayName = "Inactive guests in team groups",
    DescriptionForAdmins = "Remove guests who stopped collaborating.",
    DescriptionForReviewers = "Guests keep access only while they work with us. Review each one.",
    InstanceEnumerationScope = new AccessReviewQueryScope
    {
        OdataType = "#microsoft.graph.accessReviewQueryScope",
        Query = "/groups?$filter=(groupTypes/any(c:c+eq+'Unified') and resourceProvisioningOptions/Any(x:x eq 'Team')')",
        QueryType = "MicrosoftGraph",
    },
    Scope = new AccessReviewInactiveUsersQueryScope
    {
        OdataType = "#microsoft.graph.accessReviewInactiveUsersQueryScope",
        Query = "./members/microsoft.graph.user/?$filter=(userType eq 'Guest')",
        QueryType = "MicrosoftGraph",
        InactiveDuration = TimeSpan.FromDays(45),
    },
    Reviewers = new List<AccessReviewReviewerScope>
    {
        new AccessReviewReviewerScope
        {
            Query = "./owners",
            QueryType = "MicrosoftGraph",
        },
    },
    FallbackReviewers = new List<AccessReviewReviewerScope>
    {
        new AccessReviewReviewerScope
        {
            Query = "/users/4b8d1e6f-27a3-4c09-9f5e-d0a7c2b81e36",
            QueryType = "MicrosoftGraph",
        },
    },
    Settings = new AccessReviewScheduleSettings
    {
        MailNotificationsEnabled = true,
        ReminderNotificationsEnabled = false,
        JustificationRequiredOnApproval = true,
        RecommendationsEnabled = true,
        InstanceDurationInDays = 7,
        Recurrence = new PatternedRecurrence
        {
            Pattern = new RecurrencePattern
            {
                Type = RecurrencePatternType.AbsoluteMonthly,
                DayOfMonth = 10,
                Interval = 3,
            },
            Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.NoEnd,
                StartDate = new Date(2025, 11, 10),
            },
        },
        DefaultDecisionEnabled = true,
        DefaultDecision = "Deny",
        AutoApplyDecisionsEnabled = true,
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.IdentityGovernance.AccessReviews.Definitions.PostAsync(requestBody);
