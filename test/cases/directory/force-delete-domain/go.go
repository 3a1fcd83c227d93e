import (
	"context"
	"log"

	graphdomains "github.com/microsoftgraph/msgraph-sdk-go/domains"
)

requestBody := graphdomains.NewItemForceDeletePostRequestBody()
disableUserAccounts := true
requestBody.SetDisableUserAccounts(&disableUserAccounts)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Domains().ByDomainId("contoso.com").ForceDelete().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
