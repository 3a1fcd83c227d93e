import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewTeam()
displayName := "Harbor logistics"
requestBody.SetDisplayName(&displayName)
description := "Berth schedules and crane bookings"
requestBody.SetDescription(&description)
aadUserConversationMember := graphmodels.NewAadUserConversationMember()
odataType := "#microsoft.graph.aadUserConversationMember"
aadUserConversationMember.SetOdataType(&odataType)
roles := []string{
	"owner",
}
aadUserConversationMember.SetRoles(roles)
additionalData := map[string]interface{}{
	"user@odata.bind": "https://graph.microsoft.com/v1.0/users('5f0a9c3e-b72d-4e18-91a6-c4d8e2b07f53')",
}
aadUserConversationMember.SetAdditionalData(additionalData)
members := []graphmodels.ConversationMemberable{
	aadUserConversationMember,
}
requestBody.SetMembers(members)
additionalData1 := map[string]interface{}{
	"template@odata.bind": "https://graph.microsoft.com/v1.0/teamsTemplates('standard')",
}
requestBody.SetAdditionalData(additionalData1)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Teams().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
