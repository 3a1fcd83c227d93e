import (
	"context"
	"log"

	graphauditlogs "github.com/microsoftgraph/msgraph-beta-sdk-go/auditlogs"
)

requestFilter := "jobId eq 'fabrikamHR.0e4b3c2a1f9d8e7c'"
requestTop := int32(25)
requestParameters := &graphauditlogs.ProvisioningRequestBuilderGetQueryParameters{
	Filter: &requestFilter,
	Top:    &requestTop,
}
configuration := &graphauditlogs.ProvisioningRequestBuilderGetRequestConfiguration{
	QueryParameters: requestParameters,
}

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.AuditLogs().Provisioning().Get(context.Background(), configuration)
if err != nil {
	log.Fatal(err)
}
_ = result
