import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-sdk-go/models"
)

requestBody := graphmodels.NewDeviceManagementExportJob()
reportName := "Devices"
requestBody.SetReportName(&reportName)
select1 := []string{
	"DeviceName",
	"OSVersion",
}
requestBody.SetSelectEscaped(select1)
filter := "(OwnerType eq '1')"
requestBody.SetFilter(&filter)
format := graphmodels.CSV_DEVICEMANAGEMENTREPORTFILEFORMAT
requestBody.SetFormat(&format)
localizationType := graphmodels.REPLACELOCALIZABLEVALUES_DEVICEMANAGEMENTEXPORTJOBLOCALIZATIONTYPE
requestBody.SetLocalizationType(&localizationType)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.DeviceManagement().Reports().ExportJobs().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
