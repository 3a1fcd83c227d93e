// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using System;
using System.Collections.Generic;

var requestBody = new AccessReviewScheduleDefinition
{
    DisplayName = "Vendor portal group, with insights",
    DescriptionForAdmins = "Monthly review using sign-in activity",
    DescriptionForReviewers = "Questions? Write to secops@fabrikam.example",
    Scope = new AccessReviewQueryScope
    {
        OdataType = "#microsoft.graph.accessReviewQueryScope",
        Query = "/groups/f4a8c2e6-0b93-4d17-9c5a-3e1b7d0f8a29/transitiveMembers",
        QueryType = "MicrosoftGraph",
    },
    Reviewers = new List<AccessReviewReviewerScope>
    {
        new AccessReviewReviewerScope
        {
            Query = "/users/2c7e0a5b-d8f4-4196-b3a7-9e6d1c4f0b82",
            QueryType = "MicrosoftGraph",
        },
    },
    Settings = new AccessReviewScheduleSettings
    {
        InstanceDurationInDays = 5,
        Recurrence = new PatternedRecurrence
        {
            Pattern = new RecurrencePattern
            {
                Type = RecurrencePatternType.AbsoluteMonthly,
                Interval = 1,
                DayOfMonth = 3,
            },
            Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.NoEnd,
                StartDate = new Date(2025, 12, 3),
            },
        },
        RecommendationInsightSettings = new List<AccessReviewRecommendationInsightSetting>
        {
            new UserLastSignInRecommendationInsightSetting
            {
                OdataType = "#microsoft.graph.userLastSignInRecommendationInsightSetting",
                RecommendationLookBackDuration = TimeSpan.FromDays(60),
                SignInScope = UserSignInRecommendationScope.Application,
            },
            new GroupPeerOutlierRecommendationInsightSettings
            {
                OdataType = "#microsoft.graph.groupPeerOutlierRecommendationInsightSettings",
            },
        },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.IdentityGovernance.AccessReviews.Definitions.PostAsync(requestBody);
