import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewUser()
jobTitle := "String"
requestBody.SetJobTitle(&jobTitle)
accountEnabled := false
requestBody.SetAccountEnabled(&accountEnabled)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().ByUserId("user-id").Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
