import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewEducationClass()
displayName := "Chemistry 2B"
requestBody.SetDisplayName(&displayName)
description := "Second-year chemistry, group B"
requestBody.SetDescription(&description)
classCode := "CHEM-2B"
requestBody.SetClassCode(&classCode)
externalId := "sis-40871"
requestBody.SetExternalId(&externalId)
externalName := "Chemistry year 2 group B"
requestBody.SetExternalName(&externalName)
externalSource := graphmodels.SIS_EDUCATIONEXTERNALSOURCE
requestBody.SetExternalSource(&externalSource)
mailNickname := "chem2b"
requestBody.SetMailNickname(&mailNickname)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Education().Classes().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
