// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=csharp
var result = await graphClient.Teams.GetAllMessages.GetAsGetAllMessagesGetResponseAsync();
