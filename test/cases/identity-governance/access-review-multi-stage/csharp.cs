// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using System.Collections.Generic;

var requestBody = new AccessReviewScheduleDefinition
{
    DisplayName = "Two-stage review of Finance Approvers",
    DescriptionForAdmins = "Stage 1 by the finance lead, stage 2 by managers",
    DescriptionForReviewers = "Questions? Write to secops@fabrikam.example",
    Scope = new AccessReviewQueryScope
    {
        OdataType = "#microsoft.graph.accessReviewQueryScope",
        Query = "/groups/1a6f0c3d-92b8-4e57-a1d4-8c0e3b7f9d26/transitiveMembers",
        QueryType = "MicrosoftGraph",
    },
    StageSettings = new List<AccessReviewStageSettings>
    {
        new AccessReviewStageSettings
        {
            StageId = "1",
            DurationInDays = 3,
            RecommendationsEnabled = false,
            DecisionsThatWillMoveToNextStage = new List<string>
            {
                "NotReviewed",
                "Approve",
            },
            Reviewers = new List<AccessReviewReviewerScope>
            {
                new AccessReviewReviewerScope
                {
                    Query = "/users/6e9b2d4f-1a07-4c85-b3e2-f5d8a0c1b974",
                    QueryType = "MicrosoftGraph",
                },
            },
        },
        new AccessReviewStageSettings
        {
            StageId = "2",
            DependsOn = new List<string>
            {
                "1",
            },
            DurationInDays = 4,
            RecommendationsEnabled = true,
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
                    Query = "/groups/b8c1e4a7-6d30-4f92-8a5e-2d7f0c9b3e61/transitiveMembers",
                    QueryType = "MicrosoftGraph",
                },
            },
        },
    },
    Settings = new AccessReviewScheduleSettings
    {
        InstanceDurationInDays = 7,
        Recurrence = new PatternedRecurrence
        {
            Pattern = new RecurrencePattern
            {
                Type = RecurrencePatternType.Weekly,
                Interval = 2,
            },
            Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.NoEnd,
                StartDate = new Date(2025, 9, 15),
            },
        },
        DecisionHistoriesForReviewersEnabled = true,
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.IdentityGovernance.AccessReviews.Definitions.PostAsync(requestBody);
