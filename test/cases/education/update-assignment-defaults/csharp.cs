// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

var requestBody = new EducationAssignmentDefaults
{
    DueTime = new Time(17, 30, 0),
    AddedStudentAction = EducationAddedStudentAction.None,
    NotificationChannelUrl = null,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Education.Classes["{educationClass-id}"].AssignmentDefaults.PatchAsync(requestBody);
