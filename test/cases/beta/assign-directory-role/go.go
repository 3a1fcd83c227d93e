import (
	"context"
	"log"

	graphmodels "github.com/microsoftgraph/msgraph-beta-sdk-go/models"
)

requestBody := graphmodels.NewUnifiedRoleAssignment()
odataType := "#microsoft.graph.unifiedRoleAssignment"
requestBody.SetOdataType(&odataType)
roleDefinitionId := "fe930be7-5e62-47db-91af-98c3a49a38b1"
requestBody.SetRoleDefinitionId(&roleDefinitionId)
principalId := "9a7c2e41-0d3b-4f86-a5e2-71c8b04d6f19"
requestBody.SetPrincipalId(&principalId)
directoryScopeId := "/"
requestBody.SetDirectoryScopeId(&directoryScopeId)

// To initialize your graphClient, see https://learn.microsoft.com/en-us/graph/sdks/create-client?from=snippets&tabs=go
result, err := graphClient.RoleManagement().Directory().RoleAssignments().Post(context.Background(), requestBody, nil)
if err != nil {
	log.Fatal(err)
}
_ = result
