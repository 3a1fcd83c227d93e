import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewUser()
aboutMe := "Line one\nLine two\twith a tab\nمرحبا\u200F then English; ends with a backslash \\"
requestBody.SetAboutMe(&aboutMe)
department := "R&D / \"Skunkworks\""
requestBody.SetDepartment(&department)
jobTitle := "Ingénieure ü \\u0041 is not an escape here"
requestBody.SetJobTitle(&jobTitle)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().ByUserId("user-id").Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
