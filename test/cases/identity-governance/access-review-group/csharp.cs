// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using System.Collections.Generic;

var requestBody = new AccessReviewScheduleDefinition
{
    DisplayName = "Weekly review of Lab Access",
    DescriptionForAdmins = "Recurring review of the lab access group",
    DescriptionForReviewers = "Questions? Write to secops@fabrikam.example",
    Scope = new AccessReviewQueryScope
    {
        OdataType = "#microsoft.graph.accessReviewQueryScope",
        Query = "/groups/7c2e5a91-0d4b-4f63-8e17-b9a3c6d20f58/transitiveMembers",
        QueryType = "MicrosoftGraph",
    },
    Reviewers = new List<AccessReviewReviewerScope>
    {
        new AccessReviewReviewerScope
        {
            Query = "/users/e5a0c7d2-8b19-4e36-a4f1-62d9b7c3058e",
            QueryType = "MicrosoftGraph",
        },
    },
    Settings = new AccessReviewScheduleSettings
    {
        MailNotificationsEnabled = true,
        ReminderNotificationsEnabled = true,
        JustificationRequiredOnApproval = true,
        DefaultDecisionEnabled = false,
        DefaultDecision = "None",
        InstanceDurationInDays = 2,
        RecommendationsEnabled = true,
        Recurrence = new PatternedRecurrence
        {
            Pattern = new RecurrencePattern
            {
                Type = RecurrencePatternType.Weekly,
                Interval = 1,
            },
            Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.NoEnd,
                StartDate = new Date(2025, 10, 6),
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.IdentityGovernance.AccessReviews.Definitions.PostAsync(requestBody);
