import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewReferenceUpdate()
odataId := "https://graph.microsoft.com/v1.0/users/71d4b0e9-3f28-4c65-a9b7-e2c0d5f8164a"
requestBody.SetOdataId(&odataId)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Users().ByUserId("user-id").Manager().Ref().Put(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
