import (
	"context"
	"log"
)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Security().Cases().EdiscoveryCases().ByEdiscoveryCaseId("ediscoveryCaseId").MicrosoftGraphSecurityClose().Post(context.Background(), nil)
if err != nil {
	log.Fatal(err)
}
