// Dependencies
using Microsoft.Graph.Models;
using Microsoft.Graph.Teams.Item.Clone;

var requestBody = new ClonePostRequestBody
{
    DisplayName = "Night shift crew",
    Description = "Copy of the day shift crew team",
    MailNickname = "nightshiftcrew",
    PartsToClone = ClonableTeamParts.Apps | ClonableTeamParts.Tabs | ClonableTeamParts.Settings | ClonableTeamParts.Channels,
    Visibility = TeamVisibilityType.Private,
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
await graphClient.Teams["{team-id}"].Clone.PostAsync(requestBody);
