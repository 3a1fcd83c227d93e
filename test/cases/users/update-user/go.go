import (
	"context"
	"log"
	"time"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewUser()
businessPhones := []string{
	"+52 55 4100 7788",
	"+52 55 4100 7789",
}
requestBody.SetBusinessPhones(businessPhones)
officeLocation := "Torre B, piso 12"
requestBody.SetOfficeLocation(&officeLocation)
employeeHireDate := time.Date(2023, time.November, 6, 0, 0, 0, 0, time.UTC)
requestBody.SetEmployeeHireDate(&employeeHireDate)
requestBody.SetMobilePhone(nil)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.Users().ByUserId("user-id").Patch(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
