import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphteams "github.com/microsoftgraph/msgraph-sdk-go/teams"
)

requestBody := graphteams.NewItemClonePostRequestBody()
displayName := "Night shift crew"
requestBody.SetDisplayName(&displayName)
description := "Copy of the day shift crew team"
requestBody.SetDescription(&description)
mailNickname := "nightshiftcrew"
requestBody.SetMailNickname(&mailNickname)
partsToClone := graphmodels.ClonableTeamParts(graphmodels.APPS_CLONABLETEAMPARTS | graphmodels.TABS_CLONABLETEAMPARTS | graphmodels.SETTINGS_CLONABLETEAMPARTS | graphmodels.CHANNELS_CLONABLETEAMPARTS)
requestBody.SetPartsToClone(&partsToClone)
visibility := graphmodels.PRIVATE_TEAMVISIBILITYTYPE
requestBody.SetVisibility(&visibility)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Teams().ByTeamId("team-id").Clone().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
