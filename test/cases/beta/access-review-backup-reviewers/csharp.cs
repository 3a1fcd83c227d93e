// Dependencies
using Microsoft.Graph.Beta.Models;
using Microsoft.Kiota.Abstractions;
using System.Collections.Generic;

var requestBody = new AccessReviewScheduleDefinition
{
    DisplayName = "Badge system access",
    DescriptionForAdmins = "Quarterly review of the badge system's users",
    Scope = new AccessReviewQueryScope
    {
        OdataType = "#microsoft.graph.accessReviewQueryScope",
        Query = "/servicePrincipals/2b7d9f4c-16e0-4a83-bc52-e9a1f0d6c378/appRoleAssignedTo",
        QueryType = "MicrosoftGraph",
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
    BackupReviewers = new List<AccessReviewReviewerScope>
    {
        new AccessReviewReviewerScope
        {
            Query = "/groups/8f3a6c1e-d904-4b27-a5e8-0c6b2d9f7a13/transitiveMembers",
            QueryType = "MicrosoftGraph",
        },
    },
    Settings = new AccessReviewScheduleSettings
    {
        InstanceDurationInDays = 14,
        Recurrence = new PatternedRecurrence
        {
            Pattern = new RecurrencePattern
            {
                Type = RecurrencePatternType.AbsoluteMonthly,
                Interval = 3,
                DayOfMonth = 1,
            },
            Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.NoEnd,
                StartDate = new Date(2026, 1, 1),
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.IdentityGovernance.AccessReviews.Definitions.PostAsync(requestBody);
