import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewDriveItem()
name := "Field notes"
requestBody.SetName(&name)
package1 := graphmodels.NewPackageEscaped()
type1 := "oneNote"
package1.SetTypeEscaped(&type1)
requestBody.SetPackageEscaped(package1)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Drives().ByDriveId("drive-id").Items().ByDriveItemId("driveItem-id").Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
