import (
	"context"
	"log"

	abstractions "github.com/microsoft/kiota-abstractions-go"
	graphapplicationswithuniquename "github.com/microsoftgraph/msgraph-sdk-go/applicationswithuniquename"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewApplication()
displayName := "Fabrikam Timesheets"
requestBody.SetDisplayName(&displayName)
signInAudience := "AzureADMyOrg"
requestBody.SetSignInAudience(&signInAudience)
tags := []string{
	"hr",
	"timekeeping",
}
requestBody.SetTags(tags)
uniqueName := "fabrikam-timesheets"
headers := abstractions.NewRequestHeaders()
headers.Add("Prefer", "create-if-missing")
configuration := &graphapplicationswithuniquename.ApplicationsWithUniqueNameRequestBuilderPutRequestConfiguration{
	Headers: headers,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.ApplicationsWithUniqueName(&uniqueName).Put(context.Background(), requestBody, configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
