import (
	"context"
	"log"

	"github.com/google/uuid"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemAssignLicensePostRequestBody()
assignedLicense := graphmodels.NewAssignedLicense()
disabledPlans := []uuid.UUID{}
assignedLicense.SetDisabledPlans(disabledPlans)
skuId := uuid.MustParse("00000000-0000-0000-0000-000000000000")
assignedLicense.SetSkuId(&skuId)
addLicenses := []graphmodels.AssignedLicenseable{
	assignedLicense,
}
requestBody.SetAddLicenses(addLicenses)
removeLicenses := []uuid.UUID{
	uuid.MustParse("00000000-0000-0000-0000-000000000000"),
}
requestBody.SetRemoveLicenses(removeLicenses)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().ByUserId("user-id").AssignLicense().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
