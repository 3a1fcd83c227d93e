import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewGroup()
description := "Volunteers for the spring cleanup"
requestBody.SetDescription(&description)
displayName := "Riverbank cleanup"
requestBody.SetDisplayName(&displayName)
groupTypes := []string{
	"Unified",
}
requestBody.SetGroupTypes(groupTypes)
mailEnabled := true
requestBody.SetMailEnabled(&mailEnabled)
mailNickname := "riverbank-cleanup"
requestBody.SetMailNickname(&mailNickname)
securityEnabled := false
requestBody.SetSecurityEnabled(&securityEnabled)
additionalData := map[string]interface{}{
	"owners@odata.bind": []string{
		"https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49",
	},
	"members@odata.bind": []string{
		"https://graph.microsoft.com/v1.0/users/0b7c6f1d-94e2-4a3b-8c55-d21e7f0a6b49",
		"https://graph.microsoft.com/v1.0/users/a41e9d07-3c58-4f2b-9e6a-07b8c3d1f5e2",
	},
}
requestBody.SetAdditionalData(additionalData)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Groups().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
