import (
	"context"
	"log"

	"github.com/google/uuid"
	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
	graphusers "github.com/microsoftgraph/msgraph-sdk-go/users"
)

requestBody := graphusers.NewItemAssignLicensePostRequestBody()
assignedLicense := graphmodels.NewAssignedLicense()
disabledPlans := []uuid.UUID{
	uuid.MustParse("6b5d4f2a-93c1-4e07-b8a2-1f0c9d3e7a55"),
}
assignedLicense.SetDisabledPlans(disabledPlans)
skuId := uuid.MustParse("c2e41a7b-0f38-4d9e-a6b1-58d7e3f9024c")
assignedLicense.SetSkuId(&skuId)
addLicenses := []graphmodels.AssignedLicenseable{
	assignedLicense,
}
requestBody.SetAddLicenses(addLicenses)
removeLicenses := []uuid.UUID{}
requestBody.SetRemoveLicenses(removeLicenses)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().ByUserId("user-id").AssignLicense().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
