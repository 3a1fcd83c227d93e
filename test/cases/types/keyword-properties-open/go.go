import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewMessage()
subject := "Keywords as property names"
requestBody.SetSubject(&subject)
additionalData := map[string]interface{}{
	"function": "route",
	"class":    "internal",
	"var":      "v2",
	"string":   "s",
	"object": map[string]interface{}{
		"nested": []interface{}{
			1,
			"two",
			map[string]interface{}{
				"three": 3,
			},
		},
	},
	"in":      1,
	"is":      true,
	"import":  "none",
	"global":  false,
	"async":   nil,
	"package": "p",
	"default": "d",
	"select":  "x",
}
requestBody.SetAdditionalData(additionalData)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Me().Messages().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
