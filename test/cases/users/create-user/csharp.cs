// Dependencies
using Microsoft.Graph.Models;

var requestBody = new User
{
    AccountEnabled = true,
    DisplayName = "Teodora Vasquez",
    MailNickname = "TeodoraV",
    UserPrincipalName = "teodora.vasquez@fabrikam.example",
    UsageLocation = "MX",
    PasswordProfile = new PasswordProfile
    {
        ForceChangePasswordNextSignIn = true,
        Password = "k7#Lq2!vRw9p",
    },
};

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Users.PostAsync(requestBody);
