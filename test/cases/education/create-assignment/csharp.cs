// Dependencies
using Microsoft.Graph.Models;
using System;
using System.Collections.Generic;

var requestBody = new EducationAssignment
{
    DisplayName = "Lab report: pendulum periods",
    DueDateTime = DateTimeOffset.Parse("2025-03-21T23:59:00Z"),
    Instructions = new EducationItemBody
    {
        ContentType = BodyType.Text,
        Content = "Measure ten swings for three string lengths and plot T against the square root of L.",
    },
    Grading = new EducationAssignmentPointsGradeType
    {
        OdataType = "#microsoft.graph.educationAssignmentPointsGradeType",
        MaxPoints = 37.5f,
    },
    AssignTo = new EducationAssignmentClassRecipient
    {
        OdataType = "#microsoft.graph.educationAssignmentClassRecipient",
    },
    AllowLateSubmissions = true,
    AddedStudentAction = EducationAddedStudentAction.AssignIfOpen,
    AdditionalData = new Dictionary<string, object>
    {
        { "status", "draft" },
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Education.Classes["{educationClass-id}"].Assignments.PostAsync(requestBody);
