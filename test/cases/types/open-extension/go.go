import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewOpenTypeExtension()
odataType := "microsoft.graph.openTypeExtension"
requestBody.SetOdataType(&odataType)
extensionName := "com.fabrikam.kioskSettings"
requestBody.SetExtensionName(&extensionName)
additionalData := map[string]interface{}{
	"theme":     "high-contrast",
	"fontScale": 1.25,
	"pinnedApps": []string{
		"timesheet",
		"badge",
	},
	"layout": map[string]interface{}{
		"columns": 3,
		"compact": false,
	},
}
requestBody.SetAdditionalData(additionalData)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Extensions().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
