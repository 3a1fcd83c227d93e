import (
	"context"
	"log"

	graphsecurity "github.com/microsoftgraph/msgraph-sdk-go/security"
)

requestBody := graphsecurity.NewCasesEdiscoveryCasesItemCustodiansMicrosoftGraphSecurityApplyHoldApplyHoldPostRequestBody()
ids := []string{
	"0053a61a3b6c42738f7606791716a22a",
	"7a2a1c5a4e6a4bd4b8a4b1a9c2f3d4e5",
}
requestBody.SetIds(ids)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
err := graphClient.Security().Cases().EdiscoveryCases().ByEdiscoveryCaseId("b0073e4e-4184-41c6-9eb7-8c8cc3e2288b").Custodians().MicrosoftGraphSecurityApplyHold().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
